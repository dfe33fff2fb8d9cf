"""The issue PDF is a magazine: cover, contents with the real page numbers,
editorial, every live article on its own pages, imprint last; accessible
(PDF/UA-1). Each article also has its own PDF, and republishing an article
renders the issue again."""

import io
import re

from wagtail.models import Page

import pytest
from pypdf import PdfReader

from magazine.models import MagazineArticlePage
from pdfexport.models import PublicationPDF
from pdfexport.revision_render import pdf_render_revision
from tests.pdf_inspection import pdf_facts
from tests.publishing import publish


def _pdf_bytes(page) -> bytes:
    pdf = PublicationPDF.objects.filter(revision_id=page.live_revision_id).order_by("-created_at").first()
    assert pdf is not None, f"no PDF for the live revision of {page.title}"
    with pdf.file.open("rb") as stored:
        return stored.read()


def _page_texts(content: bytes) -> list[str]:
    # Justified lines come out with runs of spaces; compare on single spaces.
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(content)).pages]


def _printed_toc_numbers(toc_text: str, titles: list[str]) -> dict[str, int]:
    numbers = {}
    for title in titles:
        match = re.search(re.escape(title) + r"[\s.]*?(\d+)\b", toc_text)
        assert match, f"{title!r} is not in the table of contents"
        numbers[title] = int(match.group(1))
    return numbers


def _first_page_with(texts: list[str], needle: str, *, after: int) -> int:
    """1-based number of the first page after page ``after`` whose text contains ``needle``."""
    for number, text in enumerate(texts, start=1):
        if number > after and needle in text:
            return number
    raise AssertionError(f"{needle!r} is on no page after {after}")


def _imprint_page(texts: list[str]) -> int:
    return _first_page_with(texts, "IQ konkret 1/2024 – Fachmagazin", after=2)


@pytest.mark.django_db
def test_issue_pdf_contents_point_at_the_pages_where_the_articles_start(published_issue):
    content = _pdf_bytes(published_issue)
    texts = _page_texts(content)
    articles = list(MagazineArticlePage.objects.child_of(published_issue).order_by("path"))
    titles = [article.title for article in articles]

    toc_page = _first_page_with(texts, "In dieser Ausgabe", after=0)
    assert toc_page == 2, "the cover comes first, the contents second"
    assert "Anerkennung digital" in texts[0] and "AUSGABE 1 | 2024" in texts[0]
    printed = _printed_toc_numbers(texts[toc_page - 1], [*titles, "Mehr Tempo, gleiche Sorgfalt", "Impressum"])

    starts = {title: _first_page_with(texts, title, after=toc_page) for title in titles}
    assert {title: printed[title] for title in titles} == starts
    assert list(starts.values()) == sorted(starts.values()), "articles in tree order"
    # The interview opens a page of its own: nothing of the cover story shares it.
    assert "Absatz 8" not in texts[starts["Beratung bleibt Beziehungsarbeit"] - 1]
    assert printed["Mehr Tempo, gleiche Sorgfalt"] == _first_page_with(texts, "Liebe Leserinnen", after=toc_page)
    # An article's running head names its section, set from the article.
    assert texts[starts["Beratung bleibt Beziehungsarbeit"] - 1].count("INTERVIEW") >= 2


@pytest.mark.django_db
def test_issue_pdf_ends_with_the_imprint_and_is_accessible(published_issue):
    content = _pdf_bytes(published_issue)
    facts = pdf_facts(content)
    texts = _page_texts(content)
    last = texts[-1]

    assert _imprint_page(texts) == len(texts), "the imprint is the last page"
    for label in ("HERAUSGEBER", "VERANTWORTLICH I. S. D. P.", "REDAKTION", "TEXTE", "LAYOUT", "BILDNACHWEISE"):
        assert label in last
    assert "Iris Wagner (iw)" in last and "Jan Krüger (jk)" in last
    assert "3.000 Exemplare" in last and "Juni 2024" in last
    assert "Europäischen Sozialfonds Plus" in last, "the funding notice"
    figure_page = _first_page_with(texts, "Beratung per Video.", after=2)
    assert f"Foto: Anna Muster (S. {figure_page})" in last, "credits carry the pages of their pictures"

    assert facts.struct_tree and facts.marked
    assert facts.pdfua_part == "1"
    assert facts.lang.startswith("de")
    assert facts.title == "IQ konkret 1/2024"
    assert facts.figures_without_alt == 0
    for article in MagazineArticlePage.objects.child_of(published_issue):
        assert article.title in facts.bookmarks
    assert "Editorial: Mehr Tempo, gleiche Sorgfalt" in facts.bookmarks
    assert "Impressum" in facts.bookmarks
    assert "Ein Antrag, viele Stellen" in facts.bookmarks, "article subheadings nest below the article"


@pytest.mark.django_db
def test_each_article_offers_its_own_pdf_in_the_issue_context(client, live_issue):
    article = MagazineArticlePage.objects.child_of(live_issue).get(slug="beratung-bleibt-beziehungsarbeit")
    pdf_render_revision(revision_id=article.live_revision_id)

    response = client.get(article.url + "pdf/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    facts = pdf_facts(b"".join(response.streaming_content))
    assert facts.title == "Beratung bleibt Beziehungsarbeit (Interview, IQ konkret 1/2024)"
    assert facts.lang.startswith("de")
    assert facts.struct_tree and facts.pdfua_part == "1"
    assert facts.figures_without_alt == 0
    text = " ".join(facts.text.split())
    assert "IQ KONKRET 1/2024" in text and "Aus: IQ konkret 1/2024" in text
    assert "Wie viele Beratungen finden per Video statt?" in text
    assert "Europäischen Sozialfonds Plus" in text


@pytest.mark.django_db
def test_publishing_a_changed_article_renders_the_issue_pdf_again(live_issue, django_capture_on_commit_callbacks):
    article = MagazineArticlePage.objects.child_of(live_issue).get(slug="anerkennung-in-zahlen")
    issue_pdfs = PublicationPDF.objects.filter(page_id=live_issue.pk).order_by("-created_at")

    publish(article, capture=django_capture_on_commit_callbacks, title="Anerkennung in Zahlen 2024")

    live_issue.refresh_from_db()
    assert issue_pdfs.count() == 1, "the issue PDF is rendered when one of its articles is published"
    pdf = issue_pdfs.first()
    assert pdf.revision_id == live_issue.live_revision_id
    assert "Anerkennung in Zahlen 2024" in " ".join(pdf_facts(pdf.file.open("rb").read()).text.split())
    assert PublicationPDF.objects.filter(revision_id=article.live_revision_id).exists(), "and the article's own"

    # Unpublishing takes the article out of the issue PDF as well: a new PDF of the same issue revision.
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=article.pk).specific.unpublish()
    assert issue_pdfs.count() == 2
    pdf = issue_pdfs.first()
    assert pdf.revision_id == live_issue.live_revision_id
    assert "Anerkennung in Zahlen" not in " ".join(pdf_facts(pdf.file.open("rb").read()).text.split())
