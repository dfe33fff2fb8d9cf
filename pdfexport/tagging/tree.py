"""The tag tree as WeasyPrint writes it, read and rewritten with pikepdf.

WeasyPrint builds one subtree per page and a flat ParentTree (``/Nums``): key
``n`` for page ``n`` maps its MCIDs to leaf elements, keys after the last page
map link annotations (``/StructParent``) to their ``Link`` elements. The
repairs move and retag elements above the leaves, so the ParentTree only has to
change where a leaf or an annotation goes away or turns into an artifact.
"""

from collections.abc import Iterator
from dataclasses import dataclass

import pikepdf

MCR = pikepdf.Name("/MCR")
OBJR = pikepdf.Name("/OBJR")


@dataclass
class StructTree:
    pdf: pikepdf.Pdf
    root: pikepdf.Dictionary
    #: ParentTree key → entry (an array of elements for a page, one element for an annotation).
    parents: dict[int, pikepdf.Object]

    def save_parents(self) -> None:
        nums = pikepdf.Array()
        for key in sorted(self.parents):
            nums.append(key)
            nums.append(self.parents[key])
        self.root.ParentTree = self.pdf.make_indirect(pikepdf.Dictionary(Nums=nums))


def struct_tree(pdf: pikepdf.Pdf) -> StructTree | None:
    root = pdf.Root.get("/StructTreeRoot")
    if root is None or "/ParentTree" not in root:
        return None
    parents: dict[int, pikepdf.Object] = {}
    _collect_nums(root.ParentTree, parents, depth=0)
    return StructTree(pdf=pdf, root=root, parents=parents)


def _collect_nums(node: pikepdf.Object, into: dict[int, pikepdf.Object], *, depth: int) -> None:
    if depth > 32 or not isinstance(node, pikepdf.Dictionary):
        return
    nums = node.get("/Nums")
    if isinstance(nums, pikepdf.Array):
        for index in range(0, len(nums) - 1, 2):
            into[int(nums[index])] = nums[index + 1]
    for kid in node.get("/Kids", []):
        _collect_nums(kid, into, depth=depth + 1)


def is_element(node: pikepdf.Object) -> bool:
    return isinstance(node, pikepdf.Dictionary) and "/S" in node and node.get("/Type") not in (MCR, OBJR)


def kids(element: pikepdf.Dictionary) -> list[pikepdf.Object]:
    """The children of ``element`` as a list (``/K`` may be one object or an array)."""
    value = element.get("/K")
    if value is None:
        return []
    if isinstance(value, pikepdf.Array):
        return list(value)
    return [value]


def set_kids(element: pikepdf.Dictionary, children: list[pikepdf.Object]) -> None:
    element.K = pikepdf.Array(children)
    for child in children:
        if is_element(child):
            child.P = element


def tag(element: pikepdf.Dictionary) -> str:
    return str(element.get("/S", ""))


def elements(tree: StructTree) -> Iterator[tuple[pikepdf.Dictionary, pikepdf.Dictionary | None]]:
    """Every element reachable from the root once, depth first in reading order, with its parent."""
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[pikepdf.Object, pikepdf.Dictionary | None]] = [
        (child, None) for child in reversed(kids(tree.root))
    ]
    while stack:
        node, parent = stack.pop()
        if not is_element(node):
            continue
        if node.objgen in seen:
            continue
        seen.add(node.objgen)
        yield node, parent
        stack.extend((child, node) for child in reversed(kids(node)))


def descendants(element: pikepdf.Dictionary) -> Iterator[pikepdf.Dictionary]:
    """The elements below ``element``, in reading order (``element`` not included)."""
    stack = list(reversed(kids(element)))
    seen: set[tuple[int, int]] = set()
    while stack:
        node = stack.pop()
        if not is_element(node) or node.objgen in seen:
            continue
        seen.add(node.objgen)
        yield node
        stack.extend(reversed(kids(node)))


def reachable(tree: StructTree) -> set[tuple[int, int]]:
    return {element.objgen for element, _ in elements(tree)}


def new_element(tree: StructTree, *, tag_name: str, parent: pikepdf.Dictionary, page: pikepdf.Object | None):
    element = pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name(tag_name), P=parent, K=pikepdf.Array())
    if page is not None:
        element.Pg = page
    return tree.pdf.make_indirect(element)


def page_of(element: pikepdf.Dictionary) -> pikepdf.Object | None:
    return element.get("/Pg")
