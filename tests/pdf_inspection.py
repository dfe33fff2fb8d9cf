"""Reading PDFs the way an accessibility checker would (pikepdf, pypdf)."""

import io
from dataclasses import dataclass

import pikepdf
from pypdf import PdfReader


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
    fonts: set[str]


def pdf_facts(content: bytes) -> PdfFacts:
    with pikepdf.open(io.BytesIO(content)) as pdf:
        root = pdf.Root
        with pdf.open_metadata() as meta:
            pdfua_part = meta.get("pdfuaid:part")
        with pdf.open_outline() as outline:
            bookmarks = [str(item.title) for item in _walk_outline(outline.root)]
        names = root.get("/Names")
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
            figures_without_alt=_figures_without_alt(root.get("/StructTreeRoot")),
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


def _figures_without_alt(node, seen=None) -> int:
    if node is None:
        return 0
    seen = seen if seen is not None else set()
    count = 0
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, pikepdf.Array):
            stack.extend(current)
            continue
        if not isinstance(current, pikepdf.Dictionary):
            continue
        key = current.objgen
        if key != (0, 0):
            if key in seen:
                continue
            seen.add(key)
        if current.get("/S") == "/Figure" and "/Alt" not in current:
            count += 1
        kids = current.get("/K")
        if kids is not None:
            stack.append(kids)
    return count
