"""PDF file names readers can read, "IQ-konkret-1-2024.pdf", unique per
publication; and document titles that tell two same-titled articles apart."""

import re

import pytest

from dossiers.factories import DossierPageFactory
from factsheets.factories import FactSheetPageFactory
from goodpractice.factories import GoodPracticePageFactory
from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory
from magazine.models import ArticleType
from pdfexport.file_names import STEM_MAX, file_name_stem, file_name_words
from pdfexport.models import PdfKind
from pdfexport.revision_render import pdf_print_html


def test_umlauts_are_spelled_out_and_capitals_kept():
    assert file_name_words("Mentoring für Ingenieurinnen im ländlichen Raum – Größe") == [
        "Mentoring",
        "fuer",
        "Ingenieurinnen",
        "im",
        "laendlichen",
        "Raum",
        "Groesse",
    ]
    assert file_name_words("Ärztinnen, Öffnung, Übergang, STRAẞE") == ["Aerztinnen", "Oeffnung", "Uebergang", "STRASSE"]
    # Decomposed "ä" (a + combining diaeresis) as pasted from some PDFs, and other accents.
    assert file_name_words("la\u0308ndlich Sprachcafé") == ["laendlich", "Sprachcafe"]


def test_punctuation_separates_words():
    assert file_name_stem(prefix="IQ Fact Sheet", title="Bilanz 2023–2025: „Elektroniker*innen“") == (
        "IQ-Fact-Sheet-Bilanz-2023-2025-Elektroniker-innen"
    )


def test_a_title_that_repeats_the_type_label_names_it_once():
    assert file_name_stem(prefix="IQ konkret 1/2024", title="IQ konkret 1/2024") == "IQ-konkret-1-2024"
    assert file_name_stem(prefix="IQ Fact Sheet", title="IQ Beratung 2023 in Zahlen") == (
        "IQ-Fact-Sheet-Beratung-2023-in-Zahlen"
    )


def test_long_titles_are_cut_at_a_word():
    stem = file_name_stem(prefix="IQ Good Practice", title="Beratung " * 40)
    assert len(stem) <= STEM_MAX and stem.endswith("-Beratung")


@pytest.mark.django_db
def test_fact_sheet_and_good_practice(fact_sheet_index, good_practice_index):
    sheet = FactSheetPageFactory(parent=fact_sheet_index, title="IQ Beratung 2023 in Zahlen")
    assert sheet.pdf_filename() == "IQ-Fact-Sheet-Beratung-2023-in-Zahlen.pdf"
    practice = GoodPracticePageFactory(parent=good_practice_index, title="Mentoring für Ingenieurinnen")
    assert practice.pdf_filename() == "IQ-Good-Practice-Mentoring-fuer-Ingenieurinnen.pdf"


@pytest.mark.django_db
def test_suffixes_for_editions_drafts_and_withdrawals_stay(fact_sheet_index):
    sheet = FactSheetPageFactory(parent=fact_sheet_index, title="IQ Beratung 2023 in Zahlen")
    assert sheet.pdf_filename(suffix="_ENTWURF") == "IQ-Fact-Sheet-Beratung-2023-in-Zahlen_ENTWURF.pdf"
    assert sheet.pdf_filename(suffix="_2024-05-01") == "IQ-Fact-Sheet-Beratung-2023-in-Zahlen_2024-05-01.pdf"
    assert sheet.pdf_filename(suffix="_zurueckgezogen") == "IQ-Fact-Sheet-Beratung-2023-in-Zahlen_zurueckgezogen.pdf"


@pytest.mark.django_db
def test_dossier_editions_are_named_and_titled_by_their_edition(dossier_index):
    first = DossierPageFactory(parent=dossier_index, title="Leitfaden für Jobcenter", edition="1.0")
    second = DossierPageFactory(parent=dossier_index, title="Leitfaden für Jobcenter", edition="2.0", slug="neu")
    assert first.pdf_filename() == "Themendossier-Leitfaden-fuer-Jobcenter-Fassung-1-0.pdf"
    assert second.pdf_filename() == "Themendossier-Leitfaden-fuer-Jobcenter-Fassung-2-0.pdf"
    assert second.pdf_document_title() == "Leitfaden für Jobcenter (Fassung 2.0)"


@pytest.fixture
def issues(magazine_archive):
    return (
        MagazineIssuePageFactory(parent=magazine_archive, issue_number=1, year=2024),
        MagazineIssuePageFactory(parent=magazine_archive, issue_number=2, year=2024),
    )


@pytest.mark.django_db
def test_an_issue_is_named_by_number_and_year(issues, magazine_archive):
    assert issues[0].pdf_filename() == "IQ-konkret-1-2024.pdf"
    themed = MagazineIssuePageFactory(parent=magazine_archive, issue_number=3, year=2024, title="Pflege im Fokus")
    assert themed.pdf_filename() == "IQ-konkret-3-2024-Pflege-im-Fokus.pdf"


@pytest.mark.django_db
def test_articles_of_one_title_in_two_issues_differ_by_their_issue(issues):
    first, second = (
        MagazineArticlePageFactory(parent=issue, title="Aus dem Netzwerk", article_type=ArticleType.NEWS)
        for issue in issues
    )
    assert first.pdf_filename() == "IQ-konkret-1-2024-Aus-dem-Netzwerk.pdf"
    assert second.pdf_filename() == "IQ-konkret-2-2024-Aus-dem-Netzwerk.pdf"
    assert first.pdf_document_title() == "Aus dem Netzwerk (Kurzmeldung, IQ konkret 1/2024)"
    assert second.pdf_document_title() == "Aus dem Netzwerk (Kurzmeldung, IQ konkret 2/2024)"


@pytest.mark.django_db
def test_articles_of_one_title_in_one_issue_differ_by_section_then_page(issues):
    issue = issues[0]
    news = MagazineArticlePageFactory(
        parent=issue, title="Aus dem Netzwerk", article_type=ArticleType.NEWS, lead="Neues aus Hamburg."
    )
    review = MagazineArticlePageFactory(
        parent=issue, title="Aus dem Netzwerk", slug="netzwerk-rezension", article_type=ArticleType.REVIEW
    )
    assert news.pdf_filename() == "IQ-konkret-1-2024-Aus-dem-Netzwerk-Kurzmeldung.pdf"
    assert review.pdf_filename() == "IQ-konkret-1-2024-Aus-dem-Netzwerk-Rezension.pdf"

    more_news = MagazineArticlePageFactory(
        parent=issue,
        title="Aus dem Netzwerk",
        slug="netzwerk-sachsen",
        article_type=ArticleType.NEWS,
        lead="Neues aus Sachsen.",
    )
    names = {page.pdf_filename() for page in (news, review, more_news)}
    assert len(names) == 3
    assert more_news.pdf_filename() == f"IQ-konkret-1-2024-Aus-dem-Netzwerk-Kurzmeldung-{more_news.pk}.pdf"
    assert news.pdf_document_title() == "Aus dem Netzwerk (Kurzmeldung, IQ konkret 1/2024): Neues aus Hamburg."
    assert more_news.pdf_document_title() == "Aus dem Netzwerk (Kurzmeldung, IQ konkret 1/2024): Neues aus Sachsen."


@pytest.mark.django_db
def test_the_print_html_carries_the_document_title(issues):
    """WeasyPrint takes the PDF's title (what a reader's window shows) from <title>."""
    titles = []
    for issue in issues:
        article = MagazineArticlePageFactory(parent=issue, title="Aus dem Netzwerk", article_type=ArticleType.NEWS)
        revision = article.save_revision()
        html = pdf_print_html(page=revision.as_object(), revision=revision, kind=PdfKind.PUBLICATION)
        titles.append(re.search(r"<title>(.*?)</title>", html).group(1))
    assert titles == [
        "Aus dem Netzwerk (Kurzmeldung, IQ konkret 1/2024)",
        "Aus dem Netzwerk (Kurzmeldung, IQ konkret 2/2024)",
    ]
