"""The fixed texts of the fact sheet, dossier and magazine pages in the edition's language.

The English editions are copies of the German pages (wagtail-localize's ``copy_for_translation``):
their content is still German, so every English label checked here comes from the templates and the
labels the models build, never from the content."""

import datetime

import pytest
from bs4 import BeautifulSoup

from cms.factories import OrganisationFactory, PersonFactory
from cms.stream_data import chart, fact_box, paragraph
from dossiers.factories import DossierPageFactory
from dossiers.stream_data import version
from factsheets.factories import FactSheetPageFactory
from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory
from magazine.models import ArticleType
from tests.i18n.translations import english, translate, translate_with_ancestors
from tests.publishing import publish


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    """Publishing without the PDF renders it queues: these tests read the web pages only."""
    return lambda execute=True: django_capture_on_commit_callbacks(execute=False)


def _soup(client, page) -> BeautifulSoup:
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _text(soup, selector: str) -> str:
    element = soup.select_one(selector)
    assert element is not None, selector
    return element.get_text(" ", strip=True)


def _terms(soup, selector: str) -> list[str]:
    return [dt.get_text(strip=True) for dt in soup.select(f"{selector} dt")]


# --- fact sheet ---------------------------------------------------------------------------------------


@pytest.fixture
def fact_sheets(fact_sheet_index, capture):
    page = FactSheetPageFactory(
        parent=fact_sheet_index,
        live=False,
        title="IQ Beratung 2023 in Zahlen",
        methodology_note="<p>Gezählt werden abgeschlossene Beratungen.</p>",
        sources="<p>IQ Monitoring</p>",
        body=[
            chart(
                caption="Beratungen nach Jahr",
                alt="Die Zahl der Beratungen ist von 2022 auf 2023 gestiegen.",
                header=["Jahr", "Beratungen"],
                rows=[["2022", "14.800"], ["2023", "9.200,5"]],
                source="IQ Monitoring",
                as_of=datetime.date(2023, 12, 31),
            ),
        ],
    )
    german = publish(page, capture=capture)
    return german, translate_with_ancestors(german, capture=capture)


@pytest.mark.django_db
def test_english_fact_sheet_has_english_labels_and_numbers(client, fact_sheets):
    german, english_page = fact_sheets
    soup = _soup(client, english_page)
    assert _text(soup, "#key-figures-heading") == "Key figures"
    assert _text(soup, ".key-figure__value") == "61,400 Beratungen"
    assert _text(soup, ".key-figure__source") == "Source: IQ Monitoring, As of: 31 Dec 2023"
    assert _text(soup, "#method-heading") == "Notes on methodology"
    assert _text(soup, "#sources-heading") == "Sources"
    assert _text(soup, ".chart__meta") == "Source: IQ Monitoring, As of: 31 Dec 2023"
    assert _text(soup, ".chart__data summary") == "Data as a table"
    assert [td.get_text() for td in soup.select(".data-table td")] == ["14,800.0", "9,200.5"]
    assert ">14,800.0<" in str(soup.select_one(".chart__svg")), "the chart's labels are English numbers too"
    assert soup.select_one(".publication .funding-notice")["aria-label"] == "Funding notice of this publication"
    assert _terms(soup, ".publication-header") == ["Published", "As of"]
    assert _text(soup, ".publication-header time") == "1 March 2024"


@pytest.mark.django_db
def test_german_fact_sheet_keeps_its_german_labels(client, fact_sheets):
    german, _ = fact_sheets
    soup = _soup(client, german)
    assert _text(soup, "#key-figures-heading") == "Kennzahlen"
    assert _text(soup, ".key-figure__value") == "61.400 Beratungen"
    assert _text(soup, ".key-figure__source") == "Quelle: IQ Monitoring, Stand: 31.12.2023"
    assert _text(soup, "#method-heading") == "Hinweise zur Methodik"
    assert [td.get_text() for td in soup.select(".data-table td")] == ["14.800,0", "9.200,5"]
    assert ">14.800,0<" in str(soup.select_one(".chart__svg"))
    assert soup.select_one(".publication .funding-notice")["aria-label"] == "Förderhinweis dieser Publikation"
    assert _text(soup, ".publication-header time") == "1. März 2024"


# --- dossier ------------------------------------------------------------------------------------------


@pytest.fixture
def dossiers(dossier_index, capture):
    page = DossierPageFactory(
        parent=dossier_index,
        live=False,
        authors=[PersonFactory(first_name="Lena", last_name="Hoffmann")],
        commissioned_by=OrganisationFactory(name="Bundesministerium für Arbeit und Soziales"),
        version_history=[version("2025-04-15", "1.0", "Erste Fassung")],
    )
    german = publish(page, capture=capture)
    return german, translate_with_ancestors(german, capture=capture)


@pytest.mark.django_db
def test_english_dossier_has_english_labels(client, dossiers):
    german, english_page = dossiers
    soup = _soup(client, english_page)
    assert _text(soup, ".publication-header__type") == "Thematic dossier"
    assert _terms(soup, ".dossier-meta") == ["Publisher", "Authors", "Commissioned by", "Version"]
    assert _text(soup, "#toc-heading") == "Contents"
    toc = [link.get_text(" ", strip=True) for link in soup.select(".dossier-toc__list > li > a")]
    assert toc[0] == "Summary" and toc[-3:] == ["Notes", "References", "Versions"]
    assert _text(soup, "#abstract-heading") == "Summary"
    assert _text(soup, "#footnotes-heading") == "Notes"
    assert _text(soup, "#references-heading") == "References"
    assert _text(soup, ".footnote-call .visually-hidden") == "Footnote"
    assert soup.select_one(".dossier-notes__back")["aria-label"] == "Back to the text (footnote 1)"
    assert _text(soup, ".version-table caption") == "Version history"
    assert [th.get_text() for th in soup.select(".version-table thead th")] == ["Date", "Version", "Change"]
    assert _text(soup, ".version-table tbody th") == "15 Apr 2025"
    assert soup.select_one(".dossier .funding-notice")["aria-label"] == "Funding notice of this dossier"
    card = _soup(client, english_page.get_parent()).select_one(".dossier-card")
    assert _text(card, ".card__type").startswith("Thematic dossier")
    assert _terms(card, ".dossier-card__meta") == ["As of", "Version"]


@pytest.mark.django_db
def test_german_dossier_keeps_its_german_labels(client, dossiers):
    german, _ = dossiers
    soup = _soup(client, german)
    assert _text(soup, ".publication-header__type") == "Themendossier"
    assert _terms(soup, ".dossier-meta") == ["Herausgeberin", "Autor*innen", "Im Auftrag von", "Fassung"]
    assert _text(soup, "#toc-heading") == "Inhalt"
    assert _text(soup, "#footnotes-heading") == "Anmerkungen"
    assert _text(soup, ".footnote-call .visually-hidden") == "Fußnote"
    assert soup.select_one(".dossier-notes__back")["aria-label"] == "Zurück zum Text (Fußnote 1)"
    assert [th.get_text() for th in soup.select(".version-table thead th")] == ["Datum", "Fassung", "Änderung"]
    assert _text(soup, ".version-table tbody th") == "15.04.2025"
    card = _soup(client, german.get_parent()).select_one(".dossier-card")
    assert _terms(card, ".dossier-card__meta") == ["Stand", "Fassung"]


# --- magazine -----------------------------------------------------------------------------------------


@pytest.fixture
def magazines(magazine_archive, capture):
    editor = PersonFactory(first_name="Iris", last_name="Wagner", initials="iw")
    issue = MagazineIssuePageFactory(
        parent=magazine_archive, live=False, issue_number=1, year=2024, responsible_person=editor
    )
    issue.publishers.add(OrganisationFactory(name="IQ Fachstelle Einwanderung"))
    issue.editors.add(editor)
    issue.save()
    articles = []
    for title, article_type, body in [
        ("Vom Papierordner zum Online-Antrag", ArticleType.BACKGROUND, [paragraph("Anträge gehen online.")]),
        ("Anerkennung in Zahlen", ArticleType.FACTS, [fact_box("Daten und Fakten", ["75.000 Anträge"], source="Demo")]),
    ]:
        article = MagazineArticlePageFactory(
            parent=issue, live=False, title=title, article_type=article_type, body=body
        )
        article.authors.add(editor)
        article.save()
        articles.append(publish(article, capture=capture))
    german_issue = publish(issue, capture=capture)
    english_issue = translate_with_ancestors(german_issue, capture=capture)
    english_articles = [translate(article, capture=capture) for article in articles]
    assert all(article.locale == english() for article in english_articles)
    return {"de": (german_issue, articles), "en": (english_issue, english_articles)}


@pytest.mark.django_db
def test_english_magazine_issue_has_english_labels(client, magazines):
    issue, _ = magazines["en"]
    soup = _soup(client, issue)
    assert _text(soup, ".issue-header .publication-header__type") == "Specialist magazine IQ konkret · Issue 1/2024"
    assert _text(soup, ".issue-header__focus-label") == "Focus"
    assert _terms(soup, ".issue-header .meta-list") == ["Published", "Publisher"]
    assert _text(soup, ".issue-header .meta-list time") == "June 2024"
    assert _text(soup, "#contents-heading") == "In this issue"
    assert [_text(item, ".kicker") for item in soup.select(".article-teaser")] == ["Background", "Facts and figures"]
    assert _text(soup, ".article-teaser__authors") == "Text: Iris Wagner (iw)"
    assert _text(soup, "#imprint-heading") == "Imprint"
    assert _terms(soup, ".imprint-list") == [
        "Publisher",
        "Responsible for content",
        "Editorial team",
        "Texts",
        "Print run",
        "Month of publication",
    ]
    assert "3,000 copies" in _text(soup, ".imprint-list")
    archive = _soup(client, issue.get_parent())
    assert _text(archive, ".issue-card__label") == "Issue 1/2024"
    assert _text(archive, ".issue-card__meta") == "Published June 2024"


@pytest.mark.django_db
def test_english_magazine_article_has_english_labels(client, magazines):
    issue, (first, second) = magazines["en"]
    soup = _soup(client, first)
    assert soup.select_one("nav.breadcrumb")["aria-label"] == "Breadcrumbs"
    assert (
        _text(soup, "nav.breadcrumb li:nth-of-type(2)") == "Issue 1/2024: Anerkennung digital: Wege durch das Verfahren"
    )
    assert _text(soup, ".article-header .publication-header__type") == "Background"
    assert _text(soup, ".article-header__byline") == "Text: Iris Wagner (iw)"
    pager = soup.select_one("nav.article-pager")
    assert pager["aria-label"] == "More articles in this issue"
    assert _text(pager, ".article-pager__label") == "Next article"
    assert _text(pager, "p") == "All articles in issue 1/2024"
    assert soup.select_one(".magazine-article .funding-notice")["aria-label"] == "Funding notice of this publication"
    facts = _soup(client, second)
    assert _text(facts, ".article-pager__label") == "Previous article"
    assert _text(facts, ".fact-box__title") == "Daten und Fakten", "content stays as translated (here: not)"
    assert _text(facts, ".fact-box__source") == "Source: Demo"


@pytest.mark.django_db
def test_german_magazine_keeps_its_german_labels(client, magazines):
    issue, (first, _) = magazines["de"]
    soup = _soup(client, issue)
    assert _text(soup, ".issue-header .publication-header__type") == "Fachmagazin IQ konkret · Ausgabe 1/2024"
    assert _text(soup, ".issue-header__focus-label") == "Schwerpunkt"
    assert _text(soup, "#contents-heading") == "In dieser Ausgabe"
    assert [_text(item, ".kicker") for item in soup.select(".article-teaser")] == ["Hintergrund", "Daten und Fakten"]
    assert _text(soup, "#imprint-heading") == "Impressum"
    assert _terms(soup, ".imprint-list")[:3] == ["Herausgeber", "Verantwortlich i. S. d. P.", "Redaktion"]
    assert "3.000 Exemplare" in _text(soup, ".imprint-list")
    article = _soup(client, first)
    assert (
        _text(article, "nav.breadcrumb li:nth-of-type(2)")
        == "Ausgabe 1/2024: Anerkennung digital: Wege durch das Verfahren"
    )
    assert _text(article, ".article-header .publication-header__type") == "Hintergrund"
    assert _text(article, ".article-pager__label") == "Nächster Artikel"
