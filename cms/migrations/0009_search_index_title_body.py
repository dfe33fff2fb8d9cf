"""A GIN index on ``title || body`` of Wagtail's search index table, on PostgreSQL.

Wagtail's PostgreSQL backend matches on the concatenation of the two columns,
which only has indexes of its own each: every search scanned the whole table
(about 23 ms at 10,000 publications, three to five times per catalogue page).
Measured with bench/catalogue.py; the expression must be exactly the one the
backend's query uses, or the planner ignores the index.
"""

from django.db import migrations

INDEX = "iq_search_indexentry_title_body_gin"


def index_create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def index_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0008_listing_pages_share_fields"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(index_create, index_drop)]
