"""The one entry point of the tag-tree repairs, called right after WeasyPrint.

Each concern is a module of its own; this only opens the PDF, runs them in an
order where each sees what the one before left, and writes the result with
fixed object ids, so that the same rendered bytes give the same repaired bytes.
"""

import io
import logging

import pikepdf

from .artifacts import orphans_to_artifacts
from .links import links_repair
from .lists import lists_repair
from .notes import notes_repair
from .table_scope import table_scope_repair
from .text_layer import hyphens_repair
from .tree import struct_tree

logger = logging.getLogger(__name__)


def pdf_tags_repair(*, content: bytes) -> bytes:
    """``content`` with a PDF/UA-1 conformant tag tree; an untagged PDF comes back unchanged."""
    try:
        return _repaired(content)
    except Exception:
        # A tree the repairs do not expect must not stop a publication: the PDF is stored as
        # WeasyPrint wrote it, and the independent validator reports what is left to fix.
        logger.exception("PDF tag repair failed; keeping the PDF as rendered")
        return content


def _repaired(content: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(content)) as pdf:
        tree = struct_tree(pdf)
        if tree is None:
            return content
        hyphens_repair(pdf)
        # Before any element moves: the ParentTree still tells which content the tree never reaches.
        orphans_to_artifacts(tree)
        # Notes are found by their back links, before links are merged and retagged.
        notes_repair(tree)
        links_repair(tree)
        lists_repair(tree)
        table_scope_repair(tree)
        tree.save_parents()
        out = io.BytesIO()
        pdf.save(
            out,
            deterministic_id=True,
            compress_streams=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        )
        return out.getvalue()
