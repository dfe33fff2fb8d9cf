"""``pdf_structure_problems`` reads real WeasyPrint output the way an accessibility
checker would: tagged, language, title shown, alt text on every figure; the
structure walker under it reads every element once, whatever the tree."""

import base64
import io

import pikepdf
from PIL import Image

from pdfexport.rendering import html_render_pdf
from pdfexport.structure import figure_has_alt, pdf_structure_problems, structure_elements, structure_figures
from tests.pdf_inspection import pdf_facts


def _png_data_url() -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "darkred").save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def _html(*, lang: str = ' lang="de"', alt: str = ' alt="Ein rotes Quadrat."', title: str = "Fact Sheet") -> str:
    return (
        f"<!DOCTYPE html><html{lang}><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><h1>Beratung 2023</h1><p>Text.</p><img src='{_png_data_url()}'{alt}></body></html>"
    )


def test_a_tagged_render_with_language_title_and_alt_texts_has_no_problems():
    assert pdf_structure_problems(content=html_render_pdf(html=_html()).content) == []


def test_missing_language_and_alt_text_are_found_in_a_tagged_render():
    content = html_render_pdf(html=_html(lang="", alt="")).content
    assert pdf_structure_problems(content=content) == [
        "Im PDF ist keine Dokumentsprache angegeben (/Lang).",
        "Eine Abbildung auf Seite 1 des PDFs hat keinen Alternativtext (/Alt).",
    ]


def test_an_untagged_render_fails():
    content = html_render_pdf(html=_html(), tagged=False).content
    assert pdf_structure_problems(content=content) == [
        "Das PDF ist nicht getaggt (es fehlt der Strukturbaum /StructTreeRoot): Screenreader können Überschriften, "
        "Absätze und Bilder darin nicht erkennen.",
        "Das PDF ist nicht als getaggtes Dokument gekennzeichnet (/MarkInfo).",
        "Das PDF ist nicht als PDF/UA (barrierefreies PDF) gekennzeichnet.",
        "Das PDF zeigt im Fenstertitel den Dateinamen statt des Dokumenttitels (/DisplayDocTitle fehlt).",
    ]


def test_a_missing_title_is_found():
    content = html_render_pdf(html=_html()).content
    with pikepdf.open(io.BytesIO(content)) as pdf:
        del pdf.docinfo["/Title"]
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            del meta["dc:title"]
        output = io.BytesIO()
        pdf.save(output)
    assert pdf_structure_problems(content=output.getvalue()) == ["Das PDF hat keinen Dokumenttitel."]


def test_bytes_that_are_no_pdf_are_reported_not_raised():
    assert pdf_structure_problems(content=b"<html>kein PDF</html>") == ["Die Datei ist kein lesbares PDF."]


def test_a_blank_alt_text_is_missing_for_the_checks_and_for_the_tests_alike():
    # WeasyPrint writes alt=" " into /Alt as it is; a screen reader has nothing to read.
    content = html_render_pdf(html=_html(alt=' alt=" "')).content
    assert pdf_structure_problems(content=content) == [
        "Eine Abbildung auf Seite 1 des PDFs hat keinen Alternativtext (/Alt)."
    ]
    facts = pdf_facts(content)
    assert (facts.figures_without_alt, facts.figure_alts) == (1, [])


def _element(pdf: pikepdf.Pdf, tag: str, *kids, **entries) -> pikepdf.Dictionary:
    return pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name(tag), K=pikepdf.Array(kids), **entries)
    )


def test_the_walker_reads_each_element_once_in_reading_order_even_when_the_tree_loops():
    pdf = pikepdf.new()
    pdf.add_blank_page()
    page = pdf.pages[0].obj
    blank = _element(pdf, "/Figure", 0, Alt=pikepdf.String("  "), T=pikepdf.String("leer"))
    described = _element(pdf, "/Figure", Alt=pikepdf.String("Ein Diagramm."), T=pikepdf.String("beschrieben"))
    section = _element(
        pdf,
        "/Sect",
        described,
        pikepdf.Dictionary(Type=pikepdf.Name.MCR, Pg=page, MCID=1),  # content, not an element
        pikepdf.Dictionary(S=pikepdf.Name.Figure, T=pikepdf.String("direkt")),  # an element need not be indirect
    )
    document = _element(pdf, "/Document", _element(pdf, "/H1", 2), blank, section)
    section.K.append(document)  # a broken tree pointing back at an ancestor
    pdf.Root.StructTreeRoot = pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot, K=pikepdf.Array([document]))
    )

    assert [str(element.S) for element in structure_elements(pdf)] == [
        "/Document",
        "/H1",
        "/Figure",
        "/Sect",
        "/Figure",
        "/Figure",
    ]
    figures = [(str(figure.T), figure_has_alt(figure)) for figure in structure_figures(pdf)]
    assert figures == [("leer", False), ("beschrieben", True), ("direkt", False)]


def test_an_untagged_pdf_has_no_elements():
    pdf = pikepdf.new()
    pdf.add_blank_page()
    assert list(structure_elements(pdf)) == []
