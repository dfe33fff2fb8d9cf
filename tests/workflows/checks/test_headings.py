"""Heading levels never skip, on the web page and in the PDF, whether the heading
comes from a heading block or from rich text."""

import pytest

from cms.stream_data import heading, paragraph, rich_text
from tests.workflows.checks.helpers import PASSED, summary
from workflows.checks.headings import Heading, HeadingSkip, heading_skips, html_headings


def test_headings_are_read_in_document_order_with_their_text():
    html = '<h1>Titel <em>mit</em>\n Zusatz</h1><p>x</p><h3 id="a">Drei</h3><section><h2>Zwei</h2></section>'
    assert html_headings(html) == [Heading(1, "Titel mit Zusatz"), Heading(3, "Drei"), Heading(2, "Zwei")]


def test_going_down_more_than_one_level_or_starting_below_one_is_a_skip():
    assert heading_skips([Heading(1, "T"), Heading(2, "A"), Heading(3, "B"), Heading(2, "C"), Heading(1, "D")]) == []
    assert heading_skips([Heading(2, "A"), Heading(4, "B")]) == [
        HeadingSkip(heading=Heading(2, "A"), previous=None),
        HeadingSkip(heading=Heading(4, "B"), previous=Heading(2, "A")),
    ]


@pytest.mark.django_db
def test_a_proper_outline_passes(fact_sheet_revision):
    revision = fact_sheet_revision(
        body=[heading("Wer sich beraten ließ"), heading("Nach Berufen", "h3"), paragraph("Pflege vorn.")]
    )
    assert summary(revision, "headings") == PASSED


@pytest.mark.django_db
def test_a_skipped_level_names_the_heading_block(fact_sheet_revision):
    revision = fact_sheet_revision(body=[heading("Wer sich beraten ließ", "h4"), paragraph("Pflege vorn.")])
    assert summary(revision, "headings") == (
        "Die automatische Prüfung hat 1 Fehler gefunden:\n"
        "1. Die Überschrift „Wer sich beraten ließ“ (Ebene 4) folgt auf „Kennzahlen“ (Ebene 2): Ebene 3 wird "
        "übersprungen. (Ort: Feld „Text“ › Block 1 (Zwischenüberschrift), Webansicht und PDF) – So beheben: "
        "Bitte „Wer sich beraten ließ“ auf Ebene 3 setzen oder davor eine Überschrift der Ebene 3 einfügen."
    )


@pytest.mark.django_db
def test_a_heading_written_in_rich_text_counts_too(fact_sheet_revision):
    revision = fact_sheet_revision(
        body=[paragraph("Vorweg."), rich_text("<h4>Unterpunkt</h4><p>Pflege vorn.</p>")],
    )
    assert summary(revision, "headings") == (
        "Die automatische Prüfung hat 1 Fehler gefunden:\n"
        "1. Die Überschrift „Unterpunkt“ (Ebene 4) folgt auf „Kennzahlen“ (Ebene 2): Ebene 3 wird übersprungen. "
        "(Ort: Feld „Text“ › Block 2 (Absatz), Webansicht und PDF) – So beheben: Bitte „Unterpunkt“ auf Ebene 3 "
        "setzen oder davor eine Überschrift der Ebene 3 einfügen."
    )
