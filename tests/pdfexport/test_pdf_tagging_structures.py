"""Documents the demo does not contain, rendered with the print layer and the
tag repair (``pdfexport/tagging``): long lists and tables over page breaks,
nested and description lists, footnotes with links, a TOC, hyphenated text.
Each must pass the independent PDF/UA-1 validator and keep its tree whole."""

import io
import re
import subprocess

import pikepdf
import pytest
from pypdf import PdfReader

from pdfexport import rendering
from pdfexport.models import PdfKind
from pdfexport.rendering import html_render_pdf
from pdfexport.revision_render import pdf_print_html
from pdfexport.tagging import pdf_tags_repair
from tests.pdf_inspection import flat_text
from tests.pdfexport.tagging_inspection import RUNNING_FOOTER, pdfua_failures, tag_facts

WORDS = "Anerkennungsberatung für zugewanderte Fachkräfte in Sachsen-Anhalt und Mecklenburg-Vorpommern"


def _html(body: str, *, stylesheets: tuple[str, ...] = ()) -> str:
    links = "".join(f'<link rel="stylesheet" href="/static/pdfexport/{name}">' for name in ("print.css", *stylesheets))
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Prüfdokument</title>{links}</head>'
        f'<body><div class="running-title" aria-hidden="true">Themendossier · Prüfdokument</div>{body}</body></html>'
    )


def _render(body: str, **kwargs) -> bytes:
    return html_render_pdf(html=_html(body, **kwargs)).content


def _assert_whole(content: bytes, *, footer_on_every_page: bool = True) -> None:
    assert pdfua_failures(content) == []
    facts = tag_facts(content)
    assert facts.orphan_marked_content == []
    for number, (tree_text, artifact_text) in enumerate(
        zip(facts.tree_text_by_page, facts.artifact_text_by_page, strict=True), start=1
    ):
        assert not RUNNING_FOOTER.search(tree_text), f"page {number}: the running footer is read as content"
        if footer_on_every_page:
            assert f"Seite {number} von" in artifact_text, f"page {number}: the running footer is no artifact"
    for _page, target, contents, holder, in_tree in facts.links:
        assert holder == "/Link" and in_tree, target
        assert contents and contents.lstrip("#") != target.lstrip("#"), f"{target}: {contents!r}"


def _page_count(content: bytes) -> int:
    return len(PdfReader(io.BytesIO(content)).pages)


def test_a_list_of_60_items_over_two_page_breaks():
    items = "".join(f"<li>Punkt {number}: {WORDS}, mit Beratung vor Ort.</li>" for number in range(1, 61))
    content = _render(f"<h1>Liste</h1><ul>{items}</ul>")

    assert _page_count(content) >= 3
    _assert_whole(content)
    tags = tag_facts(content).tags
    assert tags.count("/LI") >= 60
    assert tags.count("/L") >= 3, "one list element per page the list runs over"


def test_nested_and_description_lists_and_rich_text_in_items():
    nested = "".join(
        f"<li><p>Schritt {number}</p><ol>{''.join(f'<li>Teil {number}.{part}</li>' for part in range(1, 4))}</ol></li>"
        for number in range(1, 25)
    )
    # A group per term and description is valid HTML, and WeasyPrint put a Div between L and LI.
    pairs = "".join(f"<div><dt>Begriff {number}</dt><dd>{WORDS}</dd></div>" for number in range(1, 30))
    content = _render(f"<h1>Listen</h1><ul>{nested}</ul><dl>{pairs}</dl>")

    assert _page_count(content) >= 2
    _assert_whole(content)


def test_a_term_and_its_description_are_one_item_with_label_and_body():
    pairs = "".join(f"<div><dt>Begriff {number}</dt><dd>Erklärung {number}</dd></div>" for number in range(1, 6))
    content = _render(f"<h1>Begriffe</h1><dl>{pairs}</dl>")

    _assert_whole(content)
    tags = tag_facts(content).tags
    start = tags.index("/L")
    assert tags[start : start + 4] == ["/L", "/LI", "/Lbl", "/Span"]
    assert (tags.count("/LI"), tags.count("/Lbl"), tags.count("/LBody")) == (5, 5, 5)


def test_a_table_of_80_rows_with_column_and_row_headers():
    rows = "".join(
        f'<tr><th scope="row">Region {number}</th><td>{number * 17}</td><td>{number % 7} %</td></tr>'
        for number in range(1, 81)
    )
    table = (
        '<table style="break-inside: auto"><caption>Beratungen nach Region</caption>'
        '<thead><tr><th scope="col">Region</th><th scope="col">Beratungen</th><th scope="col">Anteil</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )
    content = _render(f"<h1>Tabelle</h1>{table}")

    assert _page_count(content) >= 2
    _assert_whole(content)
    scopes = tag_facts(content).header_scopes
    assert len(scopes) >= 83, "the repeated table head counts on every page"
    assert None not in scopes
    assert scopes.count("/Row") == 80


def _footnote(key: str, number: int, text: str) -> str:
    return (
        f'<a class="footnote-ref" id="fnref-{key}" href="#fn-{key}">{number}</a>'
        f'<span class="footnote" id="fn-{key}"><a class="footnote-back" href="#fnref-{key}">{number}</a>{text}</span>'
    )


def test_a_footnote_with_a_link_in_it_is_a_note_that_links_back():
    note = _footnote("quelle", 1, 'Siehe <a href="https://www.example.org/bericht">Bericht 2024</a>.')
    content = _render(f"<h1>Fußnote</h1><p>Ein Satz mit Beleg.{note} Und weiter.</p>", stylesheets=("dossiers.css",))

    _assert_whole(content, footer_on_every_page=False)  # the dossier's first page is its cover
    facts = tag_facts(content)
    assert facts.notes == [("fn-quelle", ["#fnref-quelle", "https://www.example.org/bericht"])]
    contents = {target: text for _page, target, text, _holder, _in_tree in facts.links}
    assert contents["#fn-quelle"] == "Zu Fußnote 1"
    assert contents["#fnref-quelle"] == "Zurück zum Text (Fußnote 1)"
    assert contents["https://www.example.org/bericht"] == "Bericht 2024 (https://www.example.org/bericht)"


def test_toc_entries_have_one_announced_link_each():
    entries = "".join(
        f'<li><a style="display: block" href="#article-{number}"><span style="display: block">Interview</span> '
        f"<span>Titel {number}</span></a></li>"
        for number in range(1, 6)
    )
    chapters = "".join(
        f'<section id="article-{number}" style="break-before: page"><h2>Titel {number}</h2><p>{WORDS}</p></section>'
        for number in range(1, 6)
    )
    content = _render(f"<h1>Ausgabe</h1><nav><h2>Inhalt</h2><ol>{entries}</ol></nav>{chapters}")

    _assert_whole(content)
    toc = [(target, text) for page, target, text, _holder, _in_tree in tag_facts(content).links if page == 1]
    assert toc == [(f"#article-{number}", f"Zum Artikel: Interview Titel {number}") for number in range(1, 6)]


def test_hyphens_extract_as_hyphen_minus_even_where_words_were_hyphenated():
    text = f"<p>{WORDS}. Qualifizierungsbegleitung und Arbeitsmarktintegration in Sachsen-Anhalt.</p>" * 8
    # A narrow column makes WeasyPrint hyphenate, which wrote U+2010 into the font's text layer.
    content = _render(f'<h1>Silbentrennung</h1><div style="width: 32mm">{text}</div>')

    extracted = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    assert "\u2010" not in extracted
    assert "Sachsen-Anhalt" in extracted
    _assert_whole(content)


def test_a_line_break_hyphen_extracts_as_soft_hyphen_and_a_typed_one_as_hyphen():
    # Each line holds one word: the long ones are hyphenated, the compounds break after their typed "-".
    words = "Qualifizierungsbegleitung Sachsen-Anhalt Arbeitsmarktintegration Mecklenburg-Vorpommern " * 4
    content = _render(f'<h1>Silbentrennung</h1><p style="width: 24mm">{words}</p>')

    for extracted in (
        "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages),
        subprocess.run(["pdftotext", "-", "-"], input=content, capture_output=True, check=True).stdout.decode(),
    ):
        assert "\ue0ad" not in extracted, "the private-use glyph must not reach the text layer"
        assert re.search(r"\u00ad\s*\n", extracted), "a hyphenated word must end its line in a soft hyphen"
        searchable = flat_text(extracted)
        for word in words.split()[:4]:
            assert searchable.count(word) == 4, (word, searchable)
    _assert_whole(content)


def test_the_repair_gives_the_same_bytes_for_the_same_input(monkeypatch):
    monkeypatch.setattr(rendering, "pdf_tags_repair", lambda *, content: content)
    items = "".join(f'<li><a href="#ziel">Punkt {number}</a></li>' for number in range(1, 40))
    raw = _render(f'<h1 id="ziel">Kurz</h1><dl><div><dt>a</dt><dd>b</dd></div></dl><ul>{items}</ul>')

    repaired = pdf_tags_repair(content=raw)

    assert repaired != raw
    assert pdf_tags_repair(content=raw) == repaired
    assert pdfua_failures(raw) != [] and pdfua_failures(repaired) == []


def test_what_the_repair_cannot_read_comes_back_unchanged():
    untagged = html_render_pdf(html=_html("<h1>Ohne Tags</h1>"), tagged=False).content
    assert pdf_tags_repair(content=untagged) == untagged
    assert pdf_tags_repair(content=b"%PDF-1.7 kaputt") == b"%PDF-1.7 kaputt"


@pytest.mark.django_db
def test_a_proof_watermark_and_banner_are_artifacts(draft_fact_sheet):
    html = pdf_print_html(page=draft_fact_sheet, revision=draft_fact_sheet.save_revision(), kind=PdfKind.PROOF)
    rendered = html_render_pdf(html=html)

    assert rendered.refused_urls == (), "the watermark image is one of our static files"
    _assert_whole(rendered.content)
    facts = tag_facts(rendered.content)
    assert not any("ENTWURF" in text for text in facts.tree_text_by_page)
    assert all("ENTWURF – nicht zur Veröffentlichung" in text for text in facts.artifact_text_by_page)
    with pikepdf.open(io.BytesIO(rendered.content)) as pdf:
        # The watermark is the page background: an image drawn on every page.
        assert all(page.obj.Resources.get("/XObject") for page in pdf.pages)
