"""The issue PDF is laid out as a designer would: short articles follow one
another, only the cover story, the interview and the imprint open a page, no
page of running text is left more than a third empty, no page ends in a
hyphenated word, figures keep their notes. An article's own PDF links the issue
at the public address, and the magazine's charts are vector graphics in print
and a figure with a data table on the web.

PDFs are rendered through ``html_render_pdf`` (the worker's path, untagged:
tagging does not move text) and read with ``pdftotext -bbox-layout``.
"""

import datetime
import io
import itertools

from django.test import override_settings

from wagtail.models import Site

import pikepdf
import pytest
from pypdf import PdfReader

from cms.stream_data import chart, fact_box, figure, heading, interview, paragraph
from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory
from magazine.models import ArticleType
from pdfexport.rendering import html_render_pdf
from pdfexport.revision_render import pdf_print_html
from tests.pdf_layout import AUTO_HYPHENS, hyphenated_breaks, pdf_layout, without_auto_hyphens
from tests.publishing import publish

# What the charts of these articles cite as their source and "Stand".
MONITORING = {"source": "IQ Monitoring", "as_of": datetime.date(2023, 12, 31)}

SENTENCES = (
    "Die Anerkennung ausländischer Berufsqualifikationen ist für viele Fachkräfte der erste Schritt in den "
    "erlernten Beruf.",
    "Seit die Anträge online gestellt werden können, gehen weniger Unterlagen verloren, und die zuständigen "
    "Stellen fordern seltener etwas nach.",
    "Die IQ Beratungsstellen begleiten Ratsuchende vom ersten Gespräch bis zum Bescheid und darüber hinaus.",
    "Wer eine Anpassungsqualifizierung braucht, findet in den Regionalen Integrationsnetzwerken passende Angebote.",
    "Arbeitgeberinnen und Arbeitgeber profitieren, wenn Qualifikationen schneller sichtbar werden.",
    "Zusammengefasst zeigt sich: Die Digitalisierung beschleunigt die Verfahren, ersetzt aber nicht die "
    "sorgfältige Prüfung im Einzelfall.",
    "Gleichwertigkeitsprüfungen bleiben Handarbeit, auch wenn die Unterlagen elektronisch vorliegen.",
    "Viele Beraterinnen berichten, dass Videogespräche Wege sparen und trotzdem Vertrauen entstehen lässt.",
)
ARTICLE_COUNT = 9
OPENERS = ("Wie der Online-Antrag die Beratung verändert", "Beratung bleibt Beziehungsarbeit")


def _paragraphs(count: int, *, start: int) -> list[dict]:
    sentences = itertools.cycle(SENTENCES[start % len(SENTENCES) :] + SENTENCES[: start % len(SENTENCES)])
    return [paragraph(" ".join(next(sentences) for _ in range(4))) for _ in range(count)]


def _figure(photo, number: int) -> dict:
    return figure(photo, alt="Eine Beraterin spricht per Video mit einem Ratsuchenden.", caption=f"Bildnotiz {number}.")


def _articles(photo) -> list[tuple[str, str, list[dict]]]:
    care_chart = chart(
        caption="Qualifizierungen in Gesundheitsberufen 2023",
        alt="Die Pflege liegt mit 2.100 Eintritten weit vor der Medizin mit 640 und der Physiotherapie mit 210.",
        header=("Beruf", "Eintritte"),
        rows=[("Pflege", "2.100"), ("Medizin", "640"), ("Physiotherapie", "210")],
        **MONITORING,
    )
    return [
        (
            OPENERS[0],
            ArticleType.LEADING_ARTICLE,
            [*_paragraphs(5, start=0), _figure(photo, 1), *_paragraphs(5, start=3)],
        ),
        ("Kurz notiert aus Leipzig", ArticleType.NEWS, _paragraphs(2, start=1)),
        ("Ein Handbuch für die Videoberatung", ArticleType.REVIEW, _paragraphs(3, start=2)),
        ("Anerkennung in den Niederlanden", ArticleType.NEIGHBOURS, [*_paragraphs(2, start=4), _figure(photo, 2)]),
        (
            "Gesundheitsberufe in Zahlen",
            ArticleType.FACTS,
            [*_paragraphs(1, start=5), care_chart, *_paragraphs(1, start=6)],
        ),
        ("Kurz notiert aus Kiel", ArticleType.NEWS, _paragraphs(2, start=6)),
        ("Von Manila nach Magdeburg", ArticleType.PORTRAIT, [*_paragraphs(3, start=7), _figure(photo, 3)]),
        (
            OPENERS[1],
            ArticleType.INTERVIEW,
            [
                interview(
                    interviewer="jk",
                    interviewees="Selin Arslan, Beraterin",
                    pairs=[("Was ändert sich?", SENTENCES[7]), ("Und die Beziehung?", SENTENCES[2])],
                ),
                *_paragraphs(3, start=1),
            ],
        ),
        ("Aus dem Netzwerk", ArticleType.NEWS, [heading("Neue Materialien"), *_paragraphs(2, start=3)]),
    ]


@pytest.fixture
def short_articles_issue(magazine_archive, photo, django_capture_on_commit_callbacks, legal_pages):
    """A live issue of a cover story, six short sections, an interview and news."""
    issue = MagazineIssuePageFactory(parent=magazine_archive, live=False, issue_number=3, year=2024)
    for title, article_type, body in _articles(photo):
        article = MagazineArticlePageFactory(
            parent=issue, live=False, title=title, article_type=article_type, body=body
        )
        publish(article, capture=django_capture_on_commit_callbacks, execute=False)
    return publish(issue, capture=django_capture_on_commit_callbacks, execute=False)


def _render(page) -> bytes:
    return html_render_pdf(html=pdf_print_html(page=page, revision=page.live_revision), tagged=False).content


@pytest.mark.django_db
def test_short_articles_flow_on_and_fill_their_pages(short_articles_issue):
    pages = pdf_layout(_render(short_articles_issue))

    contents = next(page.number for page in pages if "In dieser Ausgabe" in page.text())

    def starts_on(title: str) -> int:
        # Cover and contents name the articles too.
        return next(page.number for page in pages[contents:] if title in page.text())

    imprint = max(page.number for page in pages if "Impressum" in page.text())
    opener_pages = [starts_on(title) for title in OPENERS]
    first_text_page = opener_pages[0]
    # The sections between the two openers share pages instead of opening their own.
    assert starts_on("Kurz notiert aus Leipzig") == starts_on("Ein Handbuch für die Videoberatung")
    assert imprint - first_text_page < ARTICLE_COUNT, "every article opened a page of its own"

    exempt = {number - 1 for number in (*opener_pages, imprint)}
    for page in pages[first_text_page - 1 : imprint - 1]:
        if page.number in exempt:
            continue
        assert page.blank_share() <= 1 / 3, f"page {page.number} is {page.blank_share():.0%} empty"

    for page in pages[:-1]:
        final = page.final_line()
        assert final is None or not final.text.endswith(AUTO_HYPHENS), f"page {page.number} ends in „{final.text}“"
    for before, after in hyphenated_breaks(pages):
        assert len(before) >= 3 and len(after.rstrip(".,;:!?“")) >= 3, f"{before}-{after}"


@pytest.mark.django_db
def test_figures_keep_their_notes_on_their_page(short_articles_issue):
    content = _render(short_articles_issue)
    pages = pdf_layout(content)
    with pikepdf.open(io.BytesIO(content)) as pdf:
        images_per_page = [_image_count(page.obj) for page in pdf.pages]

    for page in pages[2:]:  # after the cover and the contents
        notes = page.text().count("Bildnotiz")
        assert notes <= images_per_page[page.number - 1], f"page {page.number}: a note without its figure"


def _image_count(obj, seen=None) -> int:
    """Image XObjects drawn on a page, also inside form XObjects (an SVG becomes one)."""
    seen = set() if seen is None else seen
    resources = obj.get("/Resources", {})
    count = 0
    for xobject in dict(resources.get("/XObject", {})).values():
        if xobject.objgen in seen:
            continue
        seen.add(xobject.objgen)
        if xobject.get("/Subtype") == "/Image":
            count += 1
        elif xobject.get("/Subtype") == "/Form":
            count += _image_count(xobject, seen)
    return count


@pytest.fixture
def chart_article(magazine_archive, django_capture_on_commit_callbacks, legal_pages):
    issue = MagazineIssuePageFactory(parent=magazine_archive, live=False, issue_number=4, year=2024)
    publish(issue, capture=django_capture_on_commit_callbacks, execute=False)
    body = [
        *_paragraphs(1, start=0),
        chart(
            caption="Anteil der Anträge, die elektronisch eingehen",
            alt="Der Anteil stieg von 19 Prozent im Jahr 2020 auf 58 Prozent im Jahr 2023.",
            header=("Jahr", "Anteil"),
            rows=[("2020", "19"), ("2021", "27"), ("2022", "41"), ("2023", "58")],
            unit="%",
            **MONITORING,
        ),
    ]
    article = MagazineArticlePageFactory(parent=issue, live=False, article_type=ArticleType.FACTS, body=body)
    return publish(article, capture=django_capture_on_commit_callbacks, execute=False)


@pytest.mark.django_db
@override_settings(IQ_PUBLIC_SITE_URL="https://www.netzwerk-iq.example/")
def test_article_pdf_links_the_issue_at_the_public_address(chart_article):
    # The Site as Wagtail creates it: a render must not take its host from here.
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    issue = chart_article.get_parent().specific
    expected = f"https://www.netzwerk-iq.example/{issue.get_url_parts()[2].lstrip('/')}"

    content = _render(chart_article)

    reader = PdfReader(io.BytesIO(content))
    links = [
        annotation.get_object()["/A"].get("/URI")
        for page in reader.pages
        for annotation in page.get("/Annots") or []
        if annotation.get_object().get("/Subtype") == "/Link" and "/A" in annotation.get_object()
    ]
    assert expected in links
    # Lines may break inside the address; compare without the breaks.
    text = without_auto_hyphens("".join(" ".join(page.text() for page in pdf_layout(content)).split()))
    assert "localhost" not in text
    assert f"Das ganze Heft als barrierefreies PDF: {expected}".replace(" ", "") in text


@pytest.mark.django_db
def test_magazine_chart_is_vector_in_print_and_a_table_on_the_web(chart_article, client):
    content = _render(chart_article)
    with pikepdf.open(io.BytesIO(content)) as pdf:
        assert sum(_image_count(page.obj) for page in pdf.pages) == 0, "the chart became a picture"
    text = " ".join(page.text() for page in pdf_layout(content))
    assert "Anteil der Anträge, die elektronisch eingehen" in text
    assert "58" in text and "Quelle: IQ Monitoring, Stand: 31.12.2023" in text

    html = client.get(chart_article.url).content.decode()
    assert '<svg role="img"' in html or 'role="img"' in html
    assert '<figure class="chart__figure">' in html
    assert "<caption>Anteil der Anträge, die elektronisch eingehen</caption>" in html
    assert '<th scope="row">2023</th>' in html and "58" in html


def _chart_then_fact_box(paragraphs: int) -> list[dict]:
    facts = [f"{sentence} ({number})" for number, sentence in enumerate(SENTENCES * 2, start=1)]
    return [
        *_paragraphs(paragraphs, start=paragraphs),
        chart(
            caption="Eintritte in Qualifizierungen 2023",
            alt="Die Pflege liegt mit 2.100 Eintritten weit vor der Medizin mit 640 Eintritten.",
            header=("Beruf", "Eintritte"),
            rows=[("Pflege", "2.100"), ("Medizin", "640"), ("Physiotherapie", "210")],
            **MONITORING,
        ),
        fact_box("Daten und Fakten", facts, source="IQ Monitoring"),
        *_paragraphs(2, start=1),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("paragraphs", range(2, 9, 2))
def test_a_long_fact_box_after_a_chart_continues_rather_than_leave_a_page_blank(
    paragraphs, magazine_archive, django_capture_on_commit_callbacks, legal_pages
):
    # Kept whole, the box moved on to the next page and left a third of this one blank (issue 2/2024 p. 9).
    issue = MagazineIssuePageFactory(parent=magazine_archive, live=False, issue_number=5, year=2024)
    publish(issue, capture=django_capture_on_commit_callbacks, execute=False)
    article = MagazineArticlePageFactory(
        parent=issue, live=False, article_type=ArticleType.FACTS, body=_chart_then_fact_box(paragraphs)
    )
    article = publish(article, capture=django_capture_on_commit_callbacks, execute=False)

    pages = pdf_layout(_render(article))

    for page in pages[:-1]:
        assert page.blank_share() <= 1 / 3, f"page {page.number} is {page.blank_share():.0%} empty"
    title_page = next(page for page in pages if "Daten und Fakten" in page.text())
    assert "(1)" in title_page.text(), "the box's title stays with its first point"
