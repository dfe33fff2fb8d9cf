"""What a database holds, as a backup records it and a restore checks it: the
migration state and the counts of pages, revisions and PDFs.

The readers take a DB-API cursor, so they read a SQLite copy as well as the
snapshot transaction pg_dump shares, not whatever the live database holds a
moment later.
"""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader

from wagtail.models import Page, Revision

from pdfexport.models import PublicationPDF

COUNTED = {"pages": Page, "revisions": Revision, "publication_pdfs": PublicationPDF}


def content_counts(*, cursor) -> dict[str, int]:
    counts = {}
    for key, model in COUNTED.items():
        # Table names come from the models, not from input.
        cursor.execute(f'SELECT COUNT(*) FROM "{model._meta.db_table}"')  # noqa: S608
        counts[key] = cursor.fetchone()[0]
    return counts


def migrations_applied(*, cursor) -> set[tuple[str, str]]:
    cursor.execute("SELECT app, name FROM django_migrations")
    return {(app, name) for app, name in cursor.fetchall()}


def migration_state(*, applied: set[tuple[str, str]]) -> dict[str, str]:
    """The latest applied migration per app: the one with the most ancestors
    (names need not sort; merges and squashes exist)."""
    graph = _code_graph()
    latest: dict[str, tuple[int, str]] = {}
    for app, name in applied:
        if (app, name) not in graph.nodes:
            # Applied once and since removed from the code (replaced by a squash).
            continue
        depth = len(graph.forwards_plan((app, name)))
        if app not in latest or depth > latest[app][0]:
            latest[app] = (depth, name)
    return {app: name for app, (_, name) in sorted(latest.items())}


def migrations_unknown(*, state: dict[str, str]) -> list[str]:
    """Migrations a backup has that this code does not know: it came from a newer version."""
    graph = _code_graph()
    return [f"{app}.{name}" for app, name in state.items() if (app, name) not in graph.nodes]


def migrations_pending() -> list[str]:
    """Migrations of this code the database has not applied."""
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _ in plan]


def _code_graph():
    # Without a connection: only the migration files of the installed apps.
    return MigrationLoader(None, ignore_no_migrations=True).graph
