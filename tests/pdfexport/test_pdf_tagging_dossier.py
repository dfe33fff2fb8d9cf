"""A short dossier with 30 footnotes, a version table and a table of contents,
through the dossier print template and the tag repair: footnotes are ``Note``
elements that link back, their calls link to them, every header cell has a
scope, and the validator finds nothing."""

import pytest

from cms.stream_data import rich_text
from dossiers.factories import DossierPageFactory
from dossiers.stream_data import chapter, footnote, section, version
from pdfexport.rendering import html_render_pdf
from pdfexport.revision_render import pdf_print_html
from tests.pdfexport.tagging_inspection import RUNNING_FOOTER, pdfua_failures, tag_facts

NOTES = 30


@pytest.fixture
def short_dossier_pdf(dossier_index) -> bytes:
    paragraphs = [
        rich_text(
            f"<p>Befund {number} aus der Beratung in Sachsen-Anhalt.[fn:n{number:02d}] "
            f"Ein zweiter Satz zum Befund {number}.</p>"
        )
        for number in range(1, NOTES + 1)
    ]
    notes = [
        footnote(
            f"n{number:02d}",
            f'<p>Quelle {number}, vgl. <a href="https://www.example.org/quelle-{number}">Bericht {number}</a>.</p>',
        )
        for number in range(1, NOTES + 1)
    ]
    page = DossierPageFactory(
        parent=dossier_index,
        live=False,
        title="Dreißig Belege",
        chapters=[
            chapter("Einleitung", section("Ausgangslage"), *paragraphs[:15]),
            chapter("Befunde", *paragraphs[15:]),
        ],
        footnotes=notes,
        version_history=[
            version("2025-04-15", "1.1", "Zahlen ergänzt."),
            version("2025-01-10", "1.0", "Erstveröffentlichung."),
        ],
    )
    revision = page.save_revision()
    return html_render_pdf(html=pdf_print_html(page=page, revision=revision)).content


@pytest.mark.django_db
def test_short_dossier_with_30_footnotes(short_dossier_pdf):
    """One render for all assertions: a dossier with 30 notes takes half a minute."""
    _assert_compliant(short_dossier_pdf)
    _assert_notes_link_both_ways(short_dossier_pdf)
    _assert_header_scopes_and_toc(short_dossier_pdf)


def _assert_compliant(short_dossier_pdf: bytes) -> None:
    assert pdfua_failures(short_dossier_pdf) == []
    facts = tag_facts(short_dossier_pdf)
    assert facts.orphan_marked_content == []
    assert not any(RUNNING_FOOTER.search(text) for text in facts.tree_text_by_page)
    assert any(RUNNING_FOOTER.search(text) for text in facts.artifact_text_by_page)


def _assert_notes_link_both_ways(short_dossier_pdf: bytes) -> None:
    facts = tag_facts(short_dossier_pdf)
    notes = dict(facts.notes)
    expected = {f"fn-n{number:02d}" for number in range(1, NOTES + 1)}
    assert expected <= set(notes), sorted(expected - set(notes))
    for note_id, targets in notes.items():
        key = note_id.removeprefix("fn-").split("-")[0]
        assert f"#fnref-{key}" in targets, note_id
    links = {(target, contents) for _page, target, contents, _holder, _in_tree in facts.links}
    for number in range(1, NOTES + 1):
        assert (f"#fn-n{number:02d}", f"Zu Fußnote {number}") in links
        assert (f"#fnref-n{number:02d}", f"Zurück zum Text (Fußnote {number})") in links
        # The link inside the note is a link of its own, announced with its text.
        assert (
            f"https://www.example.org/quelle-{number}",
            f"Bericht {number} (https://www.example.org/quelle-{number})",
        ) in links


def _assert_header_scopes_and_toc(short_dossier_pdf: bytes) -> None:
    facts = tag_facts(short_dossier_pdf)
    assert facts.header_scopes, "the version table has header cells"
    assert None not in facts.header_scopes
    assert facts.header_scopes.count("/Column") >= 3
    toc = [
        (target, contents)
        for _page, target, contents, _holder, _in_tree in facts.links
        if target.startswith("#kapitel-")
    ]
    assert [contents for _target, contents in toc] == ["Zu Kapitel 1: Einleitung", "Zu Kapitel 2: Befunde"]
    for _page, target, _contents, holder, in_tree in facts.links:
        assert holder == "/Link" and in_tree, target
