"""Lists as PDF/UA-1 wants them: ``L`` holds only ``L``, ``LI`` and
``Caption``; every ``LI`` sits in an ``L`` and holds ``Lbl`` and ``LBody``.

WeasyPrint tags ``<dl>`` as ``L`` and ``<dt>``/``<dd>`` as ``LI``, so the
``<div>`` that groups a term with its description (valid HTML) becomes a
``Div`` between the list and its items; such a group becomes one item, the
term its ``Lbl`` and the description its ``LBody``. Blocks inside an ``<li>`` (a ``<p>``
from rich text) land next to ``LBody`` instead of in it.
"""

import pikepdf

from .tree import StructTree, elements, is_element, kids, new_element, page_of, set_kids, tag

_LIST_KIDS = {"/L", "/LI", "/Caption"}
_ITEM_KIDS = {"/Lbl", "/LBody"}


def lists_repair(tree: StructTree) -> None:
    for element, _parent in list(elements(tree)):
        if tag(element) == "/L":
            _list_repair(tree, element)
    # Hoisting and wrapping above may leave items elsewhere; a second walk sees the result.
    for element, parent in list(elements(tree)):
        if tag(element) == "/LI" and parent is not None and tag(parent) != "/L":
            _orphan_items_wrap(tree, parent)
    for element, _parent in list(elements(tree)):
        if tag(element) == "/LI":
            _item_repair(tree, element)


def _list_repair(tree: StructTree, element: pikepdf.Dictionary) -> None:
    children: list[pikepdf.Object] = []
    pending = list(kids(element))
    stray: list[pikepdf.Object] = []
    while pending:
        child = pending.pop(0)
        if is_element(child) and tag(child) in _LIST_KIDS:
            _flush(tree, element, stray, children)
            children.append(child)
        elif is_element(child) and _is_term_group(child):
            _flush(tree, element, stray, children)
            children.append(_term_item(tree, element, child))
        elif is_element(child) and _holds_items(child):
            # A grouping wrapper: its children take its place.
            pending[0:0] = kids(child)
        else:
            stray.append(child)
    _flush(tree, element, stray, children)
    set_kids(element, children)


def _holds_items(element: pikepdf.Dictionary) -> bool:
    return tag(element) in ("/Div", "/NonStruct", "/Span") and any(
        is_element(child) and tag(child) in _LIST_KIDS for child in kids(element)
    )


def _is_term_group(element: pikepdf.Dictionary) -> bool:
    """``<div><dt>…</dt><dd>…</dd></div>`` in a ``<dl>``: items that are one body each."""
    children = kids(element)
    return (
        tag(element) == "/Div"
        and len(children) >= 2
        and all(is_element(child) and tag(child) == "/LI" for child in children)
        and all(_single_body(child) is not None for child in children)
    )


def _single_body(item: pikepdf.Dictionary) -> pikepdf.Dictionary | None:
    children = kids(item)
    if len(children) == 1 and is_element(children[0]) and tag(children[0]) == "/LBody":
        return children[0]
    return None


def _term_item(tree: StructTree, parent: pikepdf.Dictionary, group: pikepdf.Dictionary) -> pikepdf.Dictionary:
    """One item per term: the term (``dt``) is its label, the descriptions (``dd``) its body."""
    term, *descriptions = kids(group)
    label = _single_body(term)
    label.S = pikepdf.Name.Lbl
    body = _single_body(descriptions[0])
    for description in descriptions[1:]:
        set_kids(body, [*kids(body), *kids(_single_body(description))])
    set_kids(term, [label, body])
    term.P = parent
    return term


def _flush(tree: StructTree, parent: pikepdf.Dictionary, stray: list, into: list) -> None:
    """Content that is not an item becomes an item of its own (``LI > LBody``)."""
    if not stray:
        return
    page = next((page_of(child) for child in stray if is_element(child)), page_of(parent))
    item = new_element(tree, tag_name="/LI", parent=parent, page=page)
    body = new_element(tree, tag_name="/LBody", parent=item, page=page)
    set_kids(body, list(stray))
    set_kids(item, [body])
    into.append(item)
    stray.clear()


def _orphan_items_wrap(tree: StructTree, parent: pikepdf.Dictionary) -> None:
    """Runs of ``LI`` outside a list get an ``L`` of their own."""
    children: list[pikepdf.Object] = []
    run: list[pikepdf.Object] = []
    for child in kids(parent):
        if is_element(child) and tag(child) == "/LI":
            run.append(child)
            continue
        _run_flush(tree, parent, run, children)
        children.append(child)
    _run_flush(tree, parent, run, children)
    set_kids(parent, children)


def _run_flush(tree: StructTree, parent: pikepdf.Dictionary, run: list, into: list) -> None:
    if not run:
        return
    wrapper = new_element(tree, tag_name="/L", parent=parent, page=page_of(run[0]))
    set_kids(wrapper, list(run))
    into.append(wrapper)
    run.clear()


def _item_repair(tree: StructTree, item: pikepdf.Dictionary) -> None:
    children: list[pikepdf.Object] = []
    body: pikepdf.Dictionary | None = None
    for child in kids(item):
        if is_element(child) and tag(child) in _ITEM_KIDS:
            children.append(child)
            body = child if tag(child) == "/LBody" else None
            continue
        if body is None:
            body = new_element(tree, tag_name="/LBody", parent=item, page=page_of(item))
            children.append(body)
        body_kids = kids(body)
        body_kids.append(child)
        set_kids(body, body_kids)
    set_kids(item, children)
