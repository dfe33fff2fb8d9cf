"""Data migrations carry frozen copies of what they apply.

A migration runs again on every fresh database, long after it was written. If
a data migration calls live project code, a later change to that code changes
what the old migration does there, and a rename breaks it outright. So a
migration with ``RunPython`` keeps its own copy of the data it applies and
works only on the historical models from ``apps``, Django and the standard
library.

Schema migrations are different: Django writes ``bases=(pdfexport.routes.
PdfRouteMixin, …)`` or a custom field's import path into them, because the
historical model needs that class. They reference a class rather than run its
code, and they hold no data, so they may import the module that defines it.
"""

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT_APPS = ("cms", "magazine", "factsheets", "dossiers", "goodpractice", "workflows", "pdfexport")
# The packages whose historical behaviour Django's migration framework already pins.
ALLOWED_PACKAGES = frozenset({"django", "wagtail", "modelcluster", "taggit"}) | frozenset(sys.stdlib_module_names)


def migration_paths() -> list[Path]:
    return sorted(path for app in PROJECT_APPS for path in (ROOT / app / "migrations").glob("[0-9]*.py"))


def parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def runs_python(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "RunPython":
            return True
        if isinstance(node, ast.Name) and node.id == "RunPython":
            return True
        if isinstance(node, ast.ImportFrom) and any(alias.name == "RunPython" for alias in node.names):
            return True
    return False


def imported_modules(tree: ast.AST) -> list[str]:
    """Every module the file imports, at any depth; relative imports keep their dots."""
    modules = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            modules.append("." * node.level + (node.module or ""))
    return modules


DATA_MIGRATIONS = [path for path in migration_paths() if runs_python(parse(path))]


def test_the_scan_finds_the_migrations_of_every_project_app():
    """A scan that found nothing would check nothing."""
    assert {path.parent.parent.name for path in migration_paths()} == set(PROJECT_APPS)
    assert DATA_MIGRATIONS


@pytest.mark.parametrize("path", DATA_MIGRATIONS, ids=lambda path: f"{path.parent.parent.name}.{path.stem}")
def test_data_migrations_import_no_project_code(path):
    modules = imported_modules(parse(path))
    foreign = sorted({module for module in modules if module.split(".")[0] not in ALLOWED_PACKAGES})
    assert not foreign, (
        f"{path.relative_to(ROOT)} runs Python and imports {', '.join(foreign)}. A data migration runs on every "
        "fresh database long after it was written, so it must carry a frozen copy of what it applies and use only "
        "historical models from `apps`, Django and the standard library: live project code may change what it "
        "does there, or be renamed and break it. Only schema migrations (no RunPython) may import project "
        "modules, for the model bases and fields Django writes into them: the historical models need those "
        "classes, and schema migrations copy no data."
    )
