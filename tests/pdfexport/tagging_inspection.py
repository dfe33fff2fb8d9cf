"""What the tag-tree tests read from a rendered PDF: the independent PDF/UA-1
validator's failures, and the facts pikepdf shows that it does not check
(content outside the tree, notes, header scopes, link annotations)."""

import io
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import page as pdf_validator
import pikepdf

from pdfexport.tagging.marked_text import page_artifact_text, page_marked_texts


def pdfua_failures(content: bytes) -> list[dict]:
    """The failures the validator (``page-validation``, profile PDF/UA-1) reports; empty when compliant."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "document.pdf"
        path.write_bytes(content)
        result = pdf_validator.validate_pdf(str(path), profile="ua1")
        failures = result.to_dict()["failures"]
        assert result.is_compliant == (not failures)
        return failures


@dataclass(frozen=True)
class TagFacts:
    #: (page, MCID) of marked content whose ParentTree entry is not an element of the tree.
    orphan_marked_content: list[tuple[int, int]]
    #: Text of each page's marked content that is in the tree (artifacts are not).
    tree_text_by_page: list[str]
    #: Text of each page that is marked as an artifact (running heads, page numbers).
    artifact_text_by_page: list[str]
    #: The /S of every element, in reading order.
    tags: list[str]
    #: Per TH: its /Scope, or None.
    header_scopes: list[str | None]
    #: Per /Note: (its /ID, the targets of the links inside it).
    notes: list[tuple[str, list[str]]]
    #: Per link annotation: (page, target, /Contents, tag of the element that holds it, in the tree).
    links: list[tuple[int, str, str, str, bool]]


def tag_facts(content: bytes) -> TagFacts:
    with pikepdf.open(io.BytesIO(content)) as pdf:
        root = pdf.Root.StructTreeRoot
        parents = _parent_tree(root.ParentTree)
        in_tree, order = _tree(root)
        orphans, texts, artifacts = [], [], []
        for number, page in enumerate(pdf.pages, start=1):
            entry = parents.get(int(page.obj.get("/StructParents", -1)))
            marked = page_marked_texts(page=page)
            page_text = []
            for mcid in sorted(_mcids(page)):
                element = entry[mcid] if isinstance(entry, pikepdf.Array) and mcid < len(entry) else None
                if not isinstance(element, pikepdf.Dictionary) or element.objgen not in in_tree:
                    orphans.append((number, mcid))
                else:
                    page_text.append(marked.get(mcid, ""))
            texts.append(" ".join(page_text))
            artifacts.append(page_artifact_text(page=page))
        return TagFacts(
            orphan_marked_content=orphans,
            tree_text_by_page=texts,
            artifact_text_by_page=artifacts,
            tags=[str(element.S) for element in order],
            header_scopes=[_scope(element) for element in order if element.S == "/TH"],
            notes=[(str(element.get("/ID", "")), _link_targets(element)) for element in order if element.S == "/Note"],
            links=_links(pdf, parents, in_tree),
        )


def _parent_tree(node: pikepdf.Dictionary) -> dict[int, pikepdf.Object]:
    found = {}
    nums = node.get("/Nums", [])
    for index in range(0, len(nums) - 1, 2):
        found[int(nums[index])] = nums[index + 1]
    for kid in node.get("/Kids", []):
        found.update(_parent_tree(kid))
    return found


def _children(node: pikepdf.Object) -> list[pikepdf.Object]:
    kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
    if kids is None:
        return []
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def _is_element(node: pikepdf.Object) -> bool:
    return isinstance(node, pikepdf.Dictionary) and "/S" in node and node.get("/Type") not in ("/MCR", "/OBJR")


def _tree(root: pikepdf.Dictionary) -> tuple[set[tuple[int, int]], list[pikepdf.Dictionary]]:
    seen, order = set(), []
    stack = list(reversed(_children(root)))
    while stack:
        node = stack.pop()
        if not _is_element(node) or node.objgen in seen:
            continue
        seen.add(node.objgen)
        order.append(node)
        stack.extend(reversed(_children(node)))
    return seen, order


def _mcids(page: pikepdf.Page) -> set[int]:
    found = set()
    for operands, _operator in pikepdf.parse_content_stream(page, "BDC"):
        if len(operands) == 2 and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
            found.add(int(operands[1].MCID))
    return found


def _scope(cell: pikepdf.Dictionary) -> str | None:
    attributes = cell.get("/A")
    candidates = list(attributes) if isinstance(attributes, pikepdf.Array) else [attributes]
    for candidate in candidates:
        if isinstance(candidate, pikepdf.Dictionary) and "/Scope" in candidate:
            return str(candidate.Scope)
    return None


def _target(annotation: pikepdf.Dictionary) -> str:
    if "/Dest" in annotation:
        return "#" + str(annotation.Dest)
    return str(annotation.get("/A", {}).get("/URI", ""))


def _link_targets(element: pikepdf.Dictionary) -> list[str]:
    targets = []
    stack = [element]
    while stack:
        node = stack.pop()
        for child in _children(node):
            if isinstance(child, pikepdf.Dictionary) and child.get("/Type") == "/OBJR":
                targets.append(_target(child.Obj))
            elif _is_element(child):
                stack.append(child)
    return sorted(targets)


def _links(pdf: pikepdf.Pdf, parents: dict, in_tree: set) -> list[tuple[int, str, str, str, bool]]:
    found = []
    for number, page in enumerate(pdf.pages, start=1):
        for annotation in page.obj.get("/Annots", []):
            if annotation.get("/Subtype") != "/Link":
                continue
            holder = parents.get(int(annotation.get("/StructParent", -1)))
            held = isinstance(holder, pikepdf.Dictionary) and any(
                isinstance(child, pikepdf.Dictionary)
                and child.get("/Obj") is not None
                and child.Obj.objgen == annotation.objgen
                for child in _children(holder)
            )
            found.append(
                (
                    number,
                    _target(annotation),
                    str(annotation.get("/Contents", "")),
                    str(holder.S) if isinstance(holder, pikepdf.Dictionary) and held else "",
                    isinstance(holder, pikepdf.Dictionary) and holder.objgen in in_tree,
                )
            )
    return found


# „Seite 3 von 8“, and „Page 3 of 8“ in an English edition (docs/pdf-engine.md).
RUNNING_FOOTER = re.compile(r"(?:Seite \d+ von|Page \d+ of) \d+")
