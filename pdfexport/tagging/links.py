"""One link annotation per link, inside its ``Link`` element, with a
description a screen reader can announce.

WeasyPrint gives every box of an ``<a>`` its own annotation: a TOC entry whose
link is a block with spans in it got four to six overlapping annotations, some
held by ``Span`` elements (PDF/UA-1 wants each in a ``Link``), and each one's
``/Contents`` was the bare target ("article-13", "kapitel-1").
"""

import re
from collections.abc import Iterator, Mapping

from django.utils import translation
from django.utils.translation import gettext, gettext_noop

import pikepdf

from .marked_text import page_marked_texts_of
from .tree import MCR, OBJR, StructTree, descendants, elements, is_element, kids, set_kids, tag

#: Target id prefix (our print templates) → how the description of a link to it begins.
#: Translated into the PDF's language (its ``/Lang``) when the links are repaired.
_TARGET_PREFIXES = (
    ("article-", gettext_noop("Zum Artikel: %(text)s")),
    ("kapitel-", gettext_noop("Zu Kapitel %(text)s")),
    ("abschnitt-", gettext_noop("Zu Abschnitt %(text)s")),
    ("fnref-", gettext_noop("Zurück zum Text (Fußnote %(text)s)")),
    ("fn-", gettext_noop("Zu Fußnote %(text)s")),
)
_NUMBERED_TARGETS = ("kapitel-", "abschnitt-")
_LEADER = re.compile(r"\s*[.·…]{2,}[\s.·…]*\d*\s*$")
_NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\s*(.*)$")


def links_repair(tree: StructTree) -> None:
    with translation.override(_document_language(tree.pdf)):
        _links_repair(tree)


def _document_language(pdf: pikepdf.Pdf) -> str:
    """``de`` or ``en`` from the PDF's ``/Lang`` (``en-GB`` → ``en``); German without one."""
    lang = str(pdf.Root.get("/Lang", "de")).split("-")[0].lower()
    return lang if lang in ("de", "en") else "de"


def _links_repair(tree: StructTree) -> None:
    dropped: set[tuple[int, int]] = set()
    links = [
        element for element, parent in list(elements(tree)) if tag(element) == "/Link" and not _inside_link(parent)
    ]
    # Only the text of the links is decoded: reading every text run of a dossier cost a fifth of a second.
    wanted: dict[tuple[int, int], set[int]] = {}
    for link in links:
        for page, mcid in _marked_content(link):
            wanted.setdefault(page.objgen, set()).add(mcid)
    page_texts = page_marked_texts_of(pdf=tree.pdf, wanted=wanted)
    for link in links:
        dropped |= _link_merge(tree, link, text=element_text(link, page_texts=page_texts))
    if dropped:
        _annotations_drop(tree, dropped)


def element_text(element: pikepdf.Dictionary, *, page_texts: Mapping[tuple[int, int], dict[int, str]]) -> str:
    """The text of ``element``'s marked content; ``page_texts``: the text of each MCID,
    by page object id (``marked_text``)."""
    return _joined([page_texts.get(page.objgen, {}).get(mcid, "") for page, mcid in _marked_content(element)])


def _marked_content(element: pikepdf.Dictionary) -> Iterator[tuple[pikepdf.Object, int]]:
    """(page, MCID) of each marked-content sequence under ``element``, in reading order."""
    stack: list[tuple[pikepdf.Object, pikepdf.Object | None]] = [(element, element.get("/Pg"))]
    while stack:
        node, page = stack.pop()
        if isinstance(node, int | pikepdf.Object) and not isinstance(node, pikepdf.Dictionary | pikepdf.Array):
            try:
                mcid = int(node)
            except (TypeError, ValueError):
                continue
            if page is not None:
                yield page, mcid
        elif isinstance(node, pikepdf.Dictionary) and node.get("/Type") == MCR:
            holder_page = node.get("/Pg", page)
            stack.append((node.get("/MCID"), holder_page))
        elif is_element(node):
            holder_page = node.get("/Pg", page)
            stack.extend((child, holder_page) for child in reversed(kids(node)))


def _joined(parts: list[str]) -> str:
    """Text boxes joined as a reader hears them: WeasyPrint drops the space at a
    line end and between a block and the next, so two words that meet get one."""
    text = ""
    for part in parts:
        if text and part and text[-1].isalnum() and part[0].isalnum():
            text += " "
        text += part
    return text


def _inside_link(element: pikepdf.Dictionary | None) -> bool:
    depth = 0
    while element is not None and is_element(element) and depth < 64:
        if tag(element) == "/Link":
            return True
        element = element.get("/P")
        depth += 1
    return False


def _link_merge(tree: StructTree, link: pikepdf.Dictionary, *, text: str) -> set[tuple[int, int]]:
    """Keep the first annotation of ``link`` (held by the link itself), drop the rest."""
    holders = [link, *descendants(link)]
    references = [(holder, child) for holder in holders for child in kids(holder) if _is_objr(child)]
    if not references:
        return set()
    keep = references[0][1]
    annotation = keep.Obj
    rects = [[float(value) for value in reference.Obj.Rect] for _, reference in references]
    xs = [x for r in rects for x in (r[0], r[2])]
    ys = [y for r in rects for y in (r[1], r[3])]
    annotation.Rect = pikepdf.Array([min(xs), min(ys), max(xs), max(ys)])
    annotation.Contents = pikepdf.String(_description(annotation, text=text))
    dropped = set()
    for holder, reference in references[1:]:
        set_kids(holder, [child for child in kids(holder) if child is not reference and not _same(child, reference)])
        dropped.add(reference.Obj.objgen)
    for holder, _ in references:
        if holder is not link and tag(holder) == "/Link":
            holder.S = pikepdf.Name.Span
    if references[0][0] is not link:
        holder = references[0][0]
        set_kids(holder, [child for child in kids(holder) if not _same(child, keep)])
        set_kids(link, [keep, *kids(link)])
        _parent_entry_set(tree, annotation, link)
    return dropped


def _is_objr(node: pikepdf.Object) -> bool:
    return isinstance(node, pikepdf.Dictionary) and node.get("/Type") == OBJR and "/Obj" in node


def _same(a: pikepdf.Object, b: pikepdf.Object) -> bool:
    return isinstance(a, pikepdf.Dictionary) and a.objgen == b.objgen and a.objgen != (0, 0)


def _parent_entry_set(tree: StructTree, annotation: pikepdf.Dictionary, link: pikepdf.Dictionary) -> None:
    key = annotation.get("/StructParent")
    if key is not None:
        tree.parents[int(key)] = link


def _annotations_drop(tree: StructTree, dropped: set[tuple[int, int]]) -> None:
    for page in tree.pdf.pages:
        annots = page.obj.get("/Annots")
        if annots is None:
            continue
        for annotation in annots:
            if annotation.objgen in dropped and "/StructParent" in annotation:
                tree.parents.pop(int(annotation.StructParent), None)
        page.obj.Annots = pikepdf.Array([a for a in annots if a.objgen not in dropped])


def _description(annotation: pikepdf.Dictionary, *, text: str) -> str:
    text = " ".join(text.split())
    text = _LEADER.sub("", text)  # a TOC's leader dots and page number do not name the target
    dest = annotation.get("/Dest")
    if isinstance(dest, pikepdf.String):
        target = str(dest)
        for prefix, pattern in _TARGET_PREFIXES:
            if target.startswith(prefix):
                return gettext(pattern) % {"text": _numbered(text) if prefix in _NUMBERED_TARGETS else text}
        if text:
            return gettext("Zum Abschnitt: %(text)s") % {"text": text}
        return gettext("Verweis innerhalb des Dokuments")
    uri = str(annotation.get("/A", pikepdf.Dictionary()).get("/URI", ""))
    if uri.startswith("mailto:"):
        return gettext("E-Mail an %(address)s") % {"address": uri.removeprefix("mailto:")}
    if not text or text.replace(" ", "") in uri:
        # The link shows its address, or a piece of it where it breaks across lines.
        return gettext("Externer Link: %(uri)s") % {"uri": uri} if uri else "Link"
    return f"{text} ({uri})" if uri else text


def _numbered(text: str) -> str:
    """ "1Titel" or "1 Titel" → "1: Titel" (number and title are separate spans in the TOC)."""
    match = _NUMBERED.match(text)
    if match and match.group(2):
        return f"{match.group(1)}: {match.group(2)}"
    return text
