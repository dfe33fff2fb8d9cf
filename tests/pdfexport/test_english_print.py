"""An English edition's PDF: the same layout, in English. Its fixed texts,
running footer, dates and federal state come out in English, ``/Lang`` is en-GB,
English words are hyphenated (British dictionary), and the independent
validator passes; a German page's PDF stays German."""

import datetime
import io
import re

from wagtail.models import Locale

import pikepdf
import pytest
from pypdf import PdfReader

from factsheets.factories import FactSheetPageFactory, key_figure
from goodpractice.factories import GoodPracticePageFactory
from pdfexport.rendering import html_render_pdf
from pdfexport.revision_render import pdf_print_html
from tests.pdf_inspection import flat_text
from tests.pdfexport.tagging_inspection import pdfua_failures

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(db):
    return Locale.objects.get_or_create(language_code="en")[0]


def _pdf(page) -> bytes:
    revision = page.save_revision()
    return html_render_pdf(html=pdf_print_html(page=page, revision=revision)).content


def _text(content: bytes) -> str:
    """The searchable text, lower-cased: headings and labels are set in capitals."""
    return flat_text("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)).lower()


def _in_locale(page, locale):
    page.locale = locale
    page.save()
    return page


def test_an_english_good_practice_sheet_prints_in_english(good_practice_index, english):
    sheet = _in_locale(
        GoodPracticePageFactory(parent=good_practice_index, data_as_of=datetime.date(2023, 12, 31)), english
    )

    content = _pdf(sheet)

    text = _text(content)
    for expected in (
        "At a glance",
        "Federal state Hesse",
        "Product type Measure",
        "Starting point",
        "Selection criteria",
        "Background",
        "Nominated by IQ Netzwerk Hessen on 15 January 2024 for the criteria transferable, innovative, sustainable "
        "and efficient.",
        "Published: June 2024",
        "As of: 31 Dec 2023",
        "Page 1 of",
        "Integration through Qualification (IQ)",
    ):
        assert expected.lower() in text, expected
    for german in ("Auf einen Blick", "Seite 1 von", "Bundesland", "Vorgeschlagen", "Stand:", "Juni"):
        assert german.lower() not in text, german
    with pikepdf.open(io.BytesIO(content)) as pdf:
        assert str(pdf.Root.Lang) == "en-GB"
    assert pdfua_failures(content) == []


def test_an_english_fact_sheet_prints_english_labels_and_dates(fact_sheet_index, english):
    sheet = FactSheetPageFactory(
        parent=fact_sheet_index,
        data_as_of=datetime.date(2023, 12, 31),
        key_figures=[key_figure("61400", "", "counselling sessions in 2023", source="IQ monitoring")],
    )
    content = _pdf(_in_locale(sheet, english))

    text = _text(content)
    assert "key figures" in text
    assert "61,400 counselling sessions in 2023 source: iq monitoring, as of: 31 dec 2023" in text
    assert "as of: 31 dec 2023" in text
    assert "kennzahlen" not in text and "quelle:" not in text and "61.400" not in text
    assert pdfua_failures(content) == []


def test_a_german_page_still_prints_in_german(good_practice_index):
    sheet = GoodPracticePageFactory(parent=good_practice_index, data_as_of=datetime.date(2023, 12, 31))

    content = _pdf(sheet)

    text = _text(content)
    for expected in (
        "Auf einen Blick",
        "Bundesland Hessen",
        "Stand: 31.12.2023",
        "Seite 1 von",
        "Integration durch Qualifizierung (IQ)",
    ):
        assert expected.lower() in text, expected
    assert "at a glance" not in text
    with pikepdf.open(io.BytesIO(content)) as pdf:
        assert str(pdf.Root.Lang) == "de"


def test_english_text_is_hyphenated():
    words = "internationalisation responsibilities qualifications " * 6

    def soft_hyphens(lang: str) -> int:
        html = (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Hyphenation</title>'
            '<link rel="stylesheet" href="/static/pdfexport/print.css"></head>'
            f'<body><h1>Hyphenation</h1><p style="width: 30mm">{words}</p></body></html>'
        )
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(html_render_pdf(html=html).content)).pages)
        return len(re.findall("\u00ad", text))

    assert soft_hyphens("en-GB") >= 5
