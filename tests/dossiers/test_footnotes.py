"""Footnote markers in chapter text: numbering, rendering and the checks that
keep markers and footnotes in step."""

import pytest

from cms.stream_data import info_box, quote, rich_text
from dossiers.footnotes import FootnoteIndex, malformed_markers, marker_keys
from dossiers.models import DossierPage
from dossiers.stream_data import chapter, footnote, section
from dossiers.validation import dossier_footnote_errors

from .helpers import error_messages

# Building stream values looks up block content types.
pytestmark = pytest.mark.django_db


def _dossier(chapters, footnotes) -> DossierPage:
    return DossierPage(title="Test", chapters=chapters, footnotes=footnotes)


def _errors(chapters, footnotes) -> dict[str, list[str]]:
    page = _dossier(chapters, footnotes)
    errors = dossier_footnote_errors(chapters=page.chapters, footnotes=page.footnotes)
    return {field: error_messages(error) for field, error in errors.items()}


def test_markers_are_read_in_order_and_case_insensitively():
    assert marker_keys("<p>Eins[fn:a] zwei[FN:B-2] drei[fn:c_3].</p>") == ["a", "b-2", "c_3"]


def test_markers_broken_by_spaces_or_formatting_are_reported():
    assert malformed_markers("<p>Text[fn: agg] und [fn:<b>bgb</b>] und [fn:ok]</p>") == ["[fn: agg]", "[fn:bgb]"]
    assert malformed_markers("<p>Ganz normal[fn:ok].</p>") == []


def test_notes_are_numbered_by_their_first_marker_not_by_list_order():
    page = _dossier(
        [
            chapter("Erstes", rich_text("<p>A[fn:zweite] B[fn:erste]</p>")),
            chapter("Zweites", info_box("Kasten", "<p>C[fn:dritte]</p>")),
        ],
        [footnote("erste", "<p>E</p>"), footnote("dritte", "<p>D</p>"), footnote("zweite", "<p>Z</p>")],
    )
    index = FootnoteIndex(chapters=page.chapters, footnotes=page.footnotes)
    assert [(note.number, note.key) for note in index] == [(1, "zweite"), (2, "erste"), (3, "dritte")]


def test_web_calls_link_to_the_note_and_print_calls_carry_the_note_inline():
    page = _dossier(
        [chapter("Eins", rich_text("<p>Satz.[fn:agg]</p>"))],
        [footnote("agg", "<p>§ 1 <i>AGG</i>.</p><p>Zweiter Absatz.</p>")],
    )
    index = FootnoteIndex(chapters=page.chapters, footnotes=page.footnotes)
    web = index.replace_markers("<p>Satz.[fn:agg]</p>", is_print=False)
    assert 'href="#fn-agg"' in web and 'id="fnref-agg"' in web and 'role="doc-noteref"' in web
    assert ">1</a></sup>" in web
    printed = index.replace_markers("<p>Satz.[fn:agg]</p>", is_print=True)
    assert printed == (
        '<p>Satz.<a class="footnote-ref" id="fnref-agg" href="#fn-agg">1</a><span class="footnote" id="fn-agg">'
        '<a class="footnote-back" href="#fnref-agg">1</a>§ 1 <i>AGG</i>. Zweiter Absatz.</span></p>'
    )


def test_matching_markers_and_notes_pass():
    assert _errors([chapter("Eins", rich_text("<p>A[fn:a]</p>"))], [footnote("a", "<p>N</p>")]) == {}


def test_a_marker_without_a_note_is_an_error_on_the_chapter_that_names_the_key():
    errors = _errors(
        [chapter("Eins", rich_text("<p>ok[fn:a]</p>")), chapter("Zwei", rich_text("<p>fehlt[fn:b]</p>"))],
        [footnote("a", "<p>N</p>")],
    )
    assert set(errors) == {"chapters"}
    assert any(
        message.startswith("Kapitel 2 „Zwei“: Zur Markierung [fn:b] gibt es keine Fußnote")
        for message in errors["chapters"]
    )


def test_an_unused_note_a_repeated_marker_and_a_duplicate_key_are_errors():
    errors = _errors(
        [chapter("Eins", rich_text("<p>A[fn:a] und nochmal[fn:a]</p>"))],
        [footnote("a", "<p>N</p>"), footnote("a", "<p>doppelt</p>"), footnote("rest", "<p>R</p>")],
    )
    assert any("[fn:a] ist mehrfach markiert" in message for message in errors["chapters"])
    assert any("Kennung „a“ ist mehrfach vergeben" in message for message in errors["footnotes"])
    assert any("Fußnote „rest“ wird im Text nicht verwendet" in message for message in errors["footnotes"])


def test_markers_where_notes_cannot_go_are_errors():
    errors = _errors(
        [chapter("Titel[fn:a]", section("Abschnitt"), quote("Zitat[fn:a]"), rich_text("<p>A[fn: a]</p>"))],
        [footnote("a", "<p>N</p>")],
    )
    summary = [message for message in errors["chapters"] if message.startswith("Kapitel 1")]
    assert sum("nur in Absätzen und Infoboxen" in message for message in summary) == 2  # title and quote
    assert any("„[fn: a]“ ist unvollständig oder formatiert" in message for message in summary)
    assert any("Fußnote „a“ wird im Text nicht verwendet" in message for message in errors["footnotes"])
