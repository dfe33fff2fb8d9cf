"""What an accessibility checker asks of a rendered PDF (PDF/UA-1 basics), read
with pikepdf: tagged, language, title shown in the window, alt texts on figures.

Runtime code for the automated publication checks; ``tests/pdf_inspection.py``
reads the same facts for the test suite, through the walker and the alt-text
rule below, so that the tests cannot pass a PDF the checks would refuse.
"""

import io
from collections.abc import Iterator
from dataclasses import dataclass

import pikepdf


@dataclass(frozen=True)
class PdfStructureProblem:
    #: Stable key, so callers can attach their own advice: "unreadable", "untagged", "not_marked",
    #: "no_pdfua", "no_lang", "no_title", "no_display_title", "figure_without_alt".
    code: str
    message: str


def pdf_structure_problems(*, content: bytes) -> list[str]:
    """German, editor-readable descriptions of what keeps ``content`` from being an accessible PDF."""
    return [problem.message for problem in pdf_structure_findings(content=content)]


def pdf_structure_findings(*, content: bytes) -> list[PdfStructureProblem]:
    try:
        pdf = pikepdf.open(io.BytesIO(content))
    except pikepdf.PdfError:
        return [PdfStructureProblem("unreadable", "Die Datei ist kein lesbares PDF.")]
    with pdf:
        return _problems(pdf)


def _problems(pdf: pikepdf.Pdf) -> list[PdfStructureProblem]:
    root = pdf.Root
    problems = []
    struct_tree = root.get("/StructTreeRoot")
    if struct_tree is None:
        problems.append(
            PdfStructureProblem(
                "untagged",
                "Das PDF ist nicht getaggt (es fehlt der Strukturbaum /StructTreeRoot): Screenreader können "
                "Überschriften, Absätze und Bilder darin nicht erkennen.",
            )
        )
    if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
        problems.append(
            PdfStructureProblem("not_marked", "Das PDF ist nicht als getaggtes Dokument gekennzeichnet (/MarkInfo).")
        )
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        pdfua_part = meta.get("pdfuaid:part")
        xmp_title = meta.get("dc:title")
    if not pdfua_part:
        problems.append(
            PdfStructureProblem("no_pdfua", "Das PDF ist nicht als PDF/UA (barrierefreies PDF) gekennzeichnet.")
        )
    if not str(root.get("/Lang", "")).strip():
        problems.append(PdfStructureProblem("no_lang", "Im PDF ist keine Dokumentsprache angegeben (/Lang)."))
    if not (str(pdf.docinfo.get("/Title", "")).strip() or (xmp_title or "").strip()):
        problems.append(PdfStructureProblem("no_title", "Das PDF hat keinen Dokumenttitel."))
    if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
        problems.append(
            PdfStructureProblem(
                "no_display_title",
                "Das PDF zeigt im Fenstertitel den Dateinamen statt des Dokumenttitels (/DisplayDocTitle fehlt).",
            )
        )
    if struct_tree is not None and (pages := _pages_of_figures_without_alt(pdf)):
        problems.append(PdfStructureProblem("figure_without_alt", _figures_message(pages)))
    return problems


def _figures_message(pages: list[int | None]) -> str:
    numbers = sorted({page for page in pages if page is not None})
    where = "im PDF"
    if len(numbers) == 1:
        where = f"auf Seite {numbers[0]} des PDFs"
    elif numbers:
        where = f"auf den Seiten {', '.join(map(str, numbers))} des PDFs"
    if len(pages) == 1:
        return f"Eine Abbildung {where} hat keinen Alternativtext (/Alt)."
    return f"{len(pages)} Abbildungen {where} haben keinen Alternativtext (/Alt)."


def _pages_of_figures_without_alt(pdf: pikepdf.Pdf) -> list[int | None]:
    """The 1-based page of each /Figure element without /Alt (None where the element names no page)."""
    page_numbers = {page.obj.objgen: number for number, page in enumerate(pdf.pages, start=1)}
    found: list[int | None] = []
    for figure in structure_figures(pdf):
        if not figure_has_alt(figure):
            page = figure.get("/Pg")
            found.append(page_numbers.get(page.objgen) if isinstance(page, pikepdf.Dictionary) else None)
    return found


def structure_elements(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    """Every structure element of the tagged ``pdf`` once, in document (reading) order.

    Follows /K, the children of each node; marked-content and object references
    among them are not elements and are left out. An untagged PDF has none.
    """
    root = pdf.Root.get("/StructTreeRoot")
    if root is None:
        return
    seen: set[tuple[int, int]] = set()
    stack: list[pikepdf.Object] = [root.get("/K")]
    while stack:
        node = stack.pop()
        if not isinstance(node, pikepdf.Array | pikepdf.Dictionary):
            continue  # a marked-content id, or no /K at all
        # A broken or hostile tree may point back at an ancestor; direct objects
        # cannot (they all share (0, 0)), so only indirect ones are remembered.
        if node.objgen != (0, 0):
            if node.objgen in seen:
                continue
            seen.add(node.objgen)
        if isinstance(node, pikepdf.Array):
            stack.extend(reversed(list(node)))
            continue
        if "/S" in node and node.get("/Type") not in (pikepdf.Name.MCR, pikepdf.Name.OBJR):
            yield node
        kids = node.get("/K")
        if kids is not None:
            stack.append(kids)


def structure_figures(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    """The /Figure elements of ``pdf``, in document order."""
    return (element for element in structure_elements(pdf) if element.get("/S") == pikepdf.Name.Figure)


def figure_has_alt(element: pikepdf.Dictionary) -> bool:
    """Whether a screen reader has something to read for the figure: an /Alt
    that is blank says as little as none (WeasyPrint writes ``alt=" "`` as it is)."""
    return bool(str(element.get("/Alt", "")).strip())
