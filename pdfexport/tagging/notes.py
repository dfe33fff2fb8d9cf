"""Footnotes as ``Note`` elements.

A print footnote floats into the page's footnote area, which WeasyPrint tags
as ``NonStruct > Span``. Our footnote markup (``dossiers/footnotes.py``) gives
every note a back link to its call (target ``fnref-<key>``) and the call a link
to the note (target ``fn-<key>``); the back link is how a note is recognised
here, and the element that holds it becomes the ``Note``.
"""

import pikepdf

from .tree import OBJR, StructTree, elements, is_element, kids, tag

BACK_LINK_PREFIX = "fnref-"
NOTE_PREFIX = "fn-"


def notes_repair(tree: StructTree) -> int:
    """Retag the footnotes; returns how many ``Note`` elements there are."""
    document_children = _document_children(tree)
    used_ids: set[str] = set()
    count = 0
    for element, parent in list(elements(tree)):
        target = _link_target(element)
        if target is None or not target.startswith(BACK_LINK_PREFIX) or parent is None:
            continue
        note = _note_of(element, parent, document_children)
        if tag(note) == "/Note":
            continue
        note.S = pikepdf.Name.Note
        note_id = NOTE_PREFIX + target.removeprefix(BACK_LINK_PREFIX)
        unique, suffix = note_id, 2
        while unique in used_ids:  # a note split over two pages is two elements
            unique, suffix = f"{note_id}-{suffix}", suffix + 1
        used_ids.add(unique)
        note.ID = pikepdf.String(unique)
        count += 1
    return count


def _document_children(tree: StructTree) -> set[tuple[int, int]]:
    found = set()
    for top in kids(tree.root):
        if is_element(top):
            found |= {child.objgen for child in kids(top) if is_element(child)}
    return found


def _note_of(link: pikepdf.Dictionary, parent: pikepdf.Dictionary, document_children: set) -> pikepdf.Dictionary:
    """The highest element that holds the back link below the footnote area."""
    note = parent
    current = parent
    depth = 0
    while is_element(current) and current.objgen not in document_children and depth < 16:
        note = current
        current = current.get("/P")
        depth += 1
    if tag(note) in ("/Document", "/Sect", "/Part", "/Art"):
        return parent
    return note


def _link_target(element: pikepdf.Dictionary) -> str | None:
    if tag(element) != "/Link":
        return None
    for child in kids(element):
        if isinstance(child, pikepdf.Dictionary) and child.get("/Type") == OBJR:
            dest = child.Obj.get("/Dest")
            if isinstance(dest, pikepdf.String):
                return str(dest)
    return None
