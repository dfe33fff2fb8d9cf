"""The import rules of the codebase, read from the source so they stay true.

Function-local imports count like module-level ones: hiding a cycle inside a
function keeps Python from failing at import time, not the modules from
depending on each other. Imports under ``if TYPE_CHECKING:`` do not count.
"""

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCT_APPS = ("cms", "pdfexport", "magazine", "factsheets", "dossiers", "goodpractice", "workflows")
PROJECT_PACKAGES = (*PRODUCT_APPS, "demo")

# Which project app a product app may import; everything else is an upward or
# sideways import. pdfexport knows no content; cms is the shared publication
# base; the content apps know cms and pdfexport but not each other; workflows
# reviews every type of page.
ALLOWED_APP_IMPORTS = {
    "pdfexport": set(),
    "cms": {"pdfexport"},
    "magazine": {"cms", "pdfexport"},
    "factsheets": {"cms", "pdfexport"},
    "dossiers": {"cms", "pdfexport"},
    "goodpractice": {"cms", "pdfexport", "workflows"},
    "workflows": {"cms", "pdfexport"},
}
# The project's wiring lives in cms but sees every app: the URLconf, the
# settings, and the publish_scheduled override (it must come from an app listed
# before Wagtail, which workflows is not).
WIRING = ("cms.urls", "cms.settings", "cms.wsgi", "cms.management.commands.publish_scheduled")


@dataclass(frozen=True)
class Import:
    source: str
    target: str
    line: int


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    found = {}
    for package in PROJECT_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                found[_module_name(path)] = path
    return found


MODULES = _modules()


def _resolve(*, module: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def _imports_of(module: str, path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(), filename=str(path))
    skipped = _type_checking_lines(tree)
    found = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [Import(module, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module=module, path=path, node=node)
            for alias in node.names:
                # ``from package import module`` depends on that module, not only the package.
                candidate = f"{base}.{alias.name}"
                found.append(Import(module, candidate if candidate in MODULES else base, node.lineno))
    return [item for item in found if item.target.split(".")[0] in PROJECT_PACKAGES]


IMPORTS = [item for module, path in MODULES.items() for item in _imports_of(module, path)]


def _where(item: Import) -> str:
    return f"{MODULES[item.source].relative_to(ROOT)}:{item.line} imports {item.target}"


def _app(module: str) -> str:
    return module.split(".")[0]


def _is_jobs(module: str) -> bool:
    return module.rsplit(".", 1)[-1] == "jobs"


def _is_model_or_selector(module: str) -> bool:
    parts = module.split(".")
    return "models" in parts or parts[-1] == "selectors"


def _decorator_name(decorator: ast.expr) -> str:
    return ast.unparse(decorator).split("(")[0].rsplit(".", 1)[-1]


def test_the_import_reader_sees_hidden_imports_but_not_type_checking_ones(tmp_path):
    """The rules below are only worth something if imports inside functions are seen."""
    source = tmp_path / "example.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from cms.models import HomePage\n"
        "def later():\n    from pdfexport import jobs\n"
    )
    assert [item.target for item in _imports_of("workflows.example", source)] == ["pdfexport.jobs"]


def test_only_the_demo_and_the_tests_import_the_demo():
    offending = [_where(item) for item in IMPORTS if _app(item.target) == "demo" and _app(item.source) != "demo"]
    assert offending == [], "Product code must run without the demo app (it is not installed in production)."


def test_models_and_selectors_never_import_jobs():
    offending = [_where(item) for item in IMPORTS if _is_model_or_selector(item.source) and _is_jobs(item.target)]
    assert offending == [], "Models and selectors queue nothing: send a signal or call a service instead."


def test_every_background_job_lives_in_a_jobs_module():
    offending = []
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                and any(_decorator_name(decorator) == "task" for decorator in node.decorator_list)
                and not _is_jobs(module)
            ):
                offending.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert offending == [], "A background job goes into the app's jobs.py (task means a workflow task here)."


@pytest.mark.parametrize("app", PRODUCT_APPS)
def test_apps_import_only_the_layers_below(app):
    offending = [
        _where(item)
        for item in IMPORTS
        if item.source.split(".")[0] == app
        and not item.source.startswith(WIRING)
        and (target_app := item.target.split(".")[0]) != app
        and target_app not in ALLOWED_APP_IMPORTS[app]
    ]
    assert offending == []


def _cycles() -> list[list[str]]:
    graph: dict[str, set[str]] = {module: set() for module in MODULES}
    for item in IMPORTS:
        if item.target in graph and item.target != item.source:
            graph[item.source].add(item.target)
    # Tarjan's strongly connected components, iteratively (the graph is deep).
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components = []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = counter
                counter += 1
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return components


def test_no_import_cycles():
    assert _cycles() == [], "Modules that import each other: move the shared part into a module of its own."
