"""Running heads, page numbers and other page furniture as artifacts.

WeasyPrint marks the text of ``@page`` margin boxes like body text and maps it
in the ParentTree to elements it never links into the tree (PDF 1.7 has no
artifact element). Assistive technology then meets content without a place in
the reading order. Here each such sequence becomes ``/Artifact`` marked content
(pagination) and leaves the ParentTree.
"""

import re

import pikepdf

from .tree import StructTree, reachable

_PAGINATION = pikepdf.Dictionary(Type=pikepdf.Name.Pagination)


def orphans_to_artifacts(tree: StructTree) -> int:
    """Turn the marked content of unreachable elements into artifacts; returns how many."""
    in_tree = reachable(tree)
    changed = 0
    for page in tree.pdf.pages:
        key = page.obj.get("/StructParents")
        if key is None or int(key) not in tree.parents:
            continue
        entry = tree.parents[int(key)]
        if not isinstance(entry, pikepdf.Array):
            continue
        orphans = {
            mcid
            for mcid, element in enumerate(entry)
            if not isinstance(element, pikepdf.Dictionary) or element.objgen not in in_tree
        }
        if not orphans:
            continue
        changed += _rewrite_page(tree.pdf, page, orphans)
        tree.parents[int(key)] = pikepdf.Array(
            [None if mcid in orphans else element for mcid, element in enumerate(entry)]
        )
    return changed


# How WeasyPrint opens a tagged sequence: "/Span\n<</MCID 3>>\nBDC".
_TAGGED_BDC = re.compile(rb"/[^\s/<>\[\]()]+\s*<<\s*/MCID\s+(\d+)\s*>>\s*BDC")
# Literal strings and inline images may hold any bytes; WeasyPrint writes text as hex strings.
_OPAQUE = re.compile(rb"\(|(?<![^\s])BI(?![^\s])")
_ARTIFACT_BDC = b"/Artifact <</Type /Pagination>> BDC"


def _rewrite_page(pdf: pikepdf.Pdf, page: pikepdf.Page, orphans: set[int]) -> int:
    contents = page.obj.get("/Contents")
    if isinstance(contents, pikepdf.Stream):
        data = contents.read_bytes()
        if not _OPAQUE.search(data):
            # Text-level rewrite: parsing and writing the whole stream again took most of this step.
            changed = 0

            def artifact(match: re.Match) -> bytes:
                nonlocal changed
                if int(match.group(1)) not in orphans:
                    return match.group(0)
                changed += 1
                return _ARTIFACT_BDC

            repaired = _TAGGED_BDC.sub(artifact, data)
            if changed:
                contents.write(repaired)
            return changed
    return _rewrite_page_parsed(pdf, page, orphans)


def _rewrite_page_parsed(pdf: pikepdf.Pdf, page: pikepdf.Page, orphans: set[int]) -> int:
    instructions = []
    changed = 0
    for instruction in pikepdf.parse_content_stream(page):
        operands, operator = instruction.operands, instruction.operator
        if str(operator) == "BDC" and len(operands) == 2 and isinstance(operands[1], pikepdf.Dictionary):
            mcid = operands[1].get("/MCID")
            if mcid is not None and int(mcid) in orphans:
                instructions.append(pikepdf.ContentStreamInstruction([pikepdf.Name.Artifact, _PAGINATION], operator))
                changed += 1
                continue
        instructions.append(instruction)
    if changed:
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(instructions))
    return changed
