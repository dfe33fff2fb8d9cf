"""Reading PDFs the way an accessibility checker would (pikepdf, pypdf).

Figures and their alt texts are read with the walker and the rule of the
automated checks (``pdfexport.structure``): a test that passed a PDF the
checks refuse would prove nothing.
"""

import io
import re
from dataclasses import dataclass

import pikepdf
from pypdf import PdfReader

from pdfexport.structure import figure_has_alt, structure_figures


@dataclass
class PdfFacts:
    page_count: int
    title: str
    lang: str
    struct_tree: bool
    marked: bool
    pdfua_part: str | None
    display_doc_title: bool
    bookmarks: list[str]
    text: str
    embedded_files: bool
    figures_without_alt: int
    #: The alt text of each figure that has one, in reading order.
    figure_alts: list[str]
    fonts: set[str]


def pdf_facts(content: bytes) -> PdfFacts:
    with pikepdf.open(io.BytesIO(content)) as pdf:
        root = pdf.Root
        with pdf.open_metadata() as meta:
            pdfua_part = meta.get("pdfuaid:part")
        with pdf.open_outline() as outline:
            bookmarks = [str(item.title) for item in _walk_outline(outline.root)]
        names = root.get("/Names")
        figures = list(structure_figures(pdf))
        facts = PdfFacts(
            page_count=len(pdf.pages),
            title=str(pdf.docinfo.get("/Title", "")),
            lang=str(root.get("/Lang", "")),
            struct_tree="/StructTreeRoot" in root,
            marked=bool(root.get("/MarkInfo", {}).get("/Marked", False)),
            pdfua_part=pdfua_part,
            display_doc_title=bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)),
            bookmarks=bookmarks,
            text="",
            embedded_files=names is not None and "/EmbeddedFiles" in names,
            figures_without_alt=sum(not figure_has_alt(figure) for figure in figures),
            figure_alts=[str(figure.Alt) for figure in figures if figure_has_alt(figure)],
            fonts=_font_names(pdf),
        )
    reader = PdfReader(io.BytesIO(content))
    facts.text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return facts


def _font_names(pdf: pikepdf.Pdf) -> set[str]:
    names = set()
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
            # Subset fonts are named "ABCDEF+Family-Style".
            names.add(str(obj.FontName).lstrip("/").split("+")[-1])
    return names


def _walk_outline(items):
    for item in items:
        yield item
        yield from _walk_outline(item.children)


def flat_text(text: str) -> str:
    """Extracted PDF text in one line, as a reader searches it.

    A hyphen the line break added extracts as a soft hyphen (U+00AD) and goes,
    with the line end: "innova-/tiv" is "innovativ". A typed hyphen at a line
    end stays and joins its word: "Sachsen-/Anhalt".
    """
    text = re.sub(r"\u00ad[ \t]*\n?\s*", "", text)
    return " ".join(re.sub(r"(?<=\w)-[ \t]*\n\s*(?=\w)", "-", text).split())
