"""What a page says about itself to machines: Open Graph for link previews and
schema.org JSON-LD for search engines and library catalogues."""

from .breadcrumbs import breadcrumb_list_json_ld
from .json_ld import json_ld_script
from .open_graph import open_graph_properties
from .publication import pdf_media_object, publication_json_ld

__all__ = [
    "breadcrumb_list_json_ld",
    "json_ld_script",
    "open_graph_properties",
    "pdf_media_object",
    "publication_json_ld",
]
