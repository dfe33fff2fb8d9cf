"""What makes a stored PDF current besides its revision: the print layer.

The fingerprint hashes the print templates, the block templates they include,
the print stylesheets, images and fonts, the code that lays out, draws or
post-processes a PDF, and the WeasyPrint version. Convention: print
templates are named ``*_print.html`` and include only templates under a
``blocks/`` or ``print/`` folder; print styles and fonts live under
``static/pdfexport/``.
"""

import hashlib
from functools import lru_cache
from pathlib import Path

from django.apps import apps
from django.conf import settings

import weasyprint

_PRINT_TEMPLATE_FOLDERS = {"blocks", "print"}
_PRINT_STATIC_SUFFIXES = {".css", ".woff", ".woff2", ".ttf", ".otf", ".svg"}
#: Python that changes a PDF's bytes for the same HTML: a fix to the tag repair or
#: the charts must mark the stored PDFs outdated, as a template change does.
_PRINT_CODE = ("pdfexport/rendering.py", "pdfexport/page_end_hyphens.py", "pdfexport/tagging", "cms/charts")


def _is_print_template(path: Path, *, app_name: str) -> bool:
    return (
        app_name == "pdfexport"
        or path.name.endswith("_print.html")
        or bool(_PRINT_TEMPLATE_FOLDERS.intersection(path.parts))
    )


def _print_layer_files() -> list[Path]:
    base = Path(settings.BASE_DIR)
    files: list[Path] = []
    for config in apps.get_app_configs():
        root = Path(config.path)
        if not root.is_relative_to(base) or ".venv" in root.parts:
            continue  # third-party apps change only with a dependency upgrade
        files += [p for p in (root / "templates").rglob("*.html") if _is_print_template(p, app_name=config.name)]
        files += [p for p in (root / "static" / "pdfexport").rglob("*") if p.suffix in _PRINT_STATIC_SUFFIXES]
    for name in _PRINT_CODE:
        path = base / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return sorted(files)


@lru_cache(maxsize=1)
def print_fingerprint() -> str:
    """SHA-256 over the print layer, cached for the life of the process:
    templates change only with a deploy, which restarts the worker."""
    base = Path(settings.BASE_DIR)
    digest = hashlib.sha256(f"weasyprint={weasyprint.__version__}\n".encode())
    for path in _print_layer_files():
        digest.update(str(path.relative_to(base)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()
