"""``/Scope`` on every table header cell.

WeasyPrint reads ``<th scope>`` only to fill the ``/Headers`` of data cells and
writes no ``/Scope`` attribute; PDF/UA-1 checkers and screen readers want it.
The scope is taken from the table itself, as HTML defines it for a ``<th>``
without the attribute: a header cell in the table head, or in a row of header
cells only, heads its column; one in a row that holds data cells heads its row.
"""

import pikepdf

from .tree import StructTree, elements, is_element, kids, tag


def table_scope_repair(tree: StructTree) -> None:
    for element, parent in elements(tree):
        if tag(element) == "/TH" and not _scope(element):
            _scope_set(element, _scope_of(element, parent))


def _scope_of(cell: pikepdf.Dictionary, row: pikepdf.Dictionary | None) -> pikepdf.Name:
    if row is None or tag(row) != "/TR":
        return pikepdf.Name.Column
    if tag(row.get("/P", pikepdf.Dictionary())) == "/THead":
        return pikepdf.Name.Column
    if any(is_element(child) and tag(child) == "/TD" for child in kids(row)):
        return pikepdf.Name.Row
    return pikepdf.Name.Column


def _attributes(cell: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    value = cell.get("/A")
    if isinstance(value, pikepdf.Dictionary):
        return [value]
    if isinstance(value, pikepdf.Array):
        return [item for item in value if isinstance(item, pikepdf.Dictionary)]
    return []


def _scope(cell: pikepdf.Dictionary) -> bool:
    return any("/Scope" in attributes for attributes in _attributes(cell))


def _scope_set(cell: pikepdf.Dictionary, scope: pikepdf.Name) -> None:
    for attributes in _attributes(cell):
        if attributes.get("/O") == pikepdf.Name.Table:
            attributes.Scope = scope
            return
    table = pikepdf.Dictionary(O=pikepdf.Name.Table, Scope=scope)
    value = cell.get("/A")
    if isinstance(value, pikepdf.Array):
        value.append(table)
    elif isinstance(value, pikepdf.Dictionary):
        cell.A = pikepdf.Array([value, table])
    else:
        cell.A = table
