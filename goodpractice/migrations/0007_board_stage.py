"""The default good-practice workflow's „Beratungsgremium“ becomes the board's
ballot, keeping its groups, required count, task states and votes."""

from django.db import migrations

from goodpractice.selection.stage import board_stage_ensure, board_stage_revert


def forwards(apps, schema_editor):
    board_stage_ensure(apps=apps)


def backwards(apps, schema_editor):
    board_stage_revert(apps=apps, connection=schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("goodpractice", "0006_remove_free_text_selection"),
        ("workflows", "0004_review_reminders"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
