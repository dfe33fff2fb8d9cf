"""Readers browse the archive, an issue with its contents and imprint, and the
articles with breadcrumb and previous/next navigation; an article's chart is
styled by the shared chart stylesheet."""

import datetime
import re
from pathlib import Path

from django.contrib.staticfiles import finders

import pytest

from cms.stream_data import chart
from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory
from magazine.models import MagazineArticlePage
from tests.publishing import publish


def _live_articles(issue, capture):
    for article in issue.get_children().specific():
        publish(article, capture=capture, execute=False)
    return list(MagazineArticlePage.objects.child_of(issue).order_by("path"))


@pytest.mark.django_db
def test_archive_lists_live_issues_newest_first_grouped_by_year(client, magazine_archive, legal_pages):
    for number, year in ((1, 2023), (1, 2024), (2, 2024), (3, 2024)):
        MagazineIssuePageFactory(
            parent=magazine_archive, issue_number=number, year=year, focus_title=f"Thema {number}/{year}"
        )
    MagazineIssuePageFactory(parent=magazine_archive, issue_number=4, year=2024, focus_title="Entwurf", live=False)

    html = client.get(magazine_archive.url).content.decode()

    assert re.findall(r"<h2[^>]*>(\d{4})</h2>", html) == ["2024", "2023"]
    assert re.findall(r"Thema (\d/\d{4})", html) == ["3/2024", "2/2024", "1/2024", "1/2023"]
    assert "Entwurf" not in html


@pytest.mark.django_db
def test_issue_page_shows_cover_editorial_contents_in_tree_order_and_imprint(
    client, issue, legal_pages, django_capture_on_commit_callbacks
):
    articles = _live_articles(issue, django_capture_on_commit_callbacks)
    draft = MagazineArticlePageFactory(parent=issue, live=False, title="Noch nicht erschienen")
    publish(issue, capture=django_capture_on_commit_callbacks, execute=False)

    response = client.get("/iq-konkret/2024-1/")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Anerkennung digital: Wege durch das Verfahren" in html
    assert 'alt="Hände halten ein Tablet' in html
    assert "Mehr Tempo, gleiche Sorgfalt" in html
    links = re.findall(r'<h3 class="article-teaser__title"><a href="([^"]+)">', html)
    assert links == [article.url for article in articles]
    assert draft.title not in html
    assert "Text: Iris Wagner (iw)" in html
    imprint = html[html.index('id="imprint-heading"') :]
    for label in ("Herausgeber", "Verantwortlich i. S. d. P.", "Redaktion", "Texte", "Bildnachweise", "Auflage"):
        assert label in imprint
    assert "3.000 Exemplare" in imprint
    assert "Jan Krüger (jk)" in imprint


@pytest.mark.django_db
def test_article_page_has_breadcrumb_type_lead_authors_and_neighbours(
    client, issue, legal_pages, django_capture_on_commit_callbacks
):
    first, second, third, _fourth = _live_articles(issue, django_capture_on_commit_callbacks)
    publish(issue, capture=django_capture_on_commit_callbacks, execute=False)

    assert second.url == "/iq-konkret/2024-1/beratung-bleibt-beziehungsarbeit/"
    html = client.get(second.url).content.decode()

    assert html.count("<h1") == 1
    breadcrumb = html[html.index('class="breadcrumb"') : html.index("</nav>", html.index('class="breadcrumb"'))]
    assert 'href="/iq-konkret/"' in breadcrumb and 'href="/iq-konkret/2024-1/"' in breadcrumb
    assert "Ausgabe 1/2024" in breadcrumb
    assert "Interview" in html and "Text: Jan Krüger (jk)" in html
    assert f'href="{first.url}" rel="prev"' in html
    assert f'href="{third.url}" rel="next"' in html
    assert "Wie viele Beratungen finden per Video statt?" in html


@pytest.mark.django_db
def test_project_portrait_names_a_contact_only_with_consent(
    client, issue, authors_and_contacts, legal_pages, django_capture_on_commit_callbacks
):
    articles = _live_articles(issue, django_capture_on_commit_callbacks)
    publish(issue, capture=django_capture_on_commit_callbacks, execute=False)
    portrait = articles[2]

    html = client.get(portrait.url).content.decode()
    assert "Videoberatung Westküste" in html
    assert "Lange" not in html and "petra.lange@example.org" not in html
    assert "info@kueste.example.org" in html, "without consent the carrier's own address stands in"

    authors_and_contacts["private"].consent_published = True
    authors_and_contacts["private"].save()
    html = client.get(portrait.url).content.decode()
    assert "Petra Lange" in html and "petra.lange@example.org" in html


@pytest.mark.django_db
def test_article_with_a_chart_links_the_shared_chart_styles_not_the_fact_sheets(client, issue, legal_pages):
    article = MagazineArticlePageFactory(
        parent=issue,
        body=[
            chart(
                caption="Anteil der Anträge, die elektronisch eingehen",
                alt="Der Anteil stieg von 19 Prozent im Jahr 2020 auf 58 Prozent im Jahr 2023.",
                header=("Jahr", "Anteil"),
                rows=[("2020", "19"), ("2023", "58")],
                unit="%",
                source="IQ Monitoring",
                as_of=datetime.date(2023, 12, 31),
            )
        ],
    )

    html = client.get(article.url).content.decode()

    assert '<figure class="chart__figure">' in html
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert "/static/css/charts.css" in stylesheets
    assert not [href for href in stylesheets if "factsheets" in href], stylesheets
    stylesheet = finders.find("css/charts.css")
    assert stylesheet and ".chart__svg {" in Path(stylesheet).read_text(encoding="utf-8")
