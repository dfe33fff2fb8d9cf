"""The default review workflows per publication type (editable afterwards)."""

from django.db import migrations

from workflows.defaults import wagtail_defaults_retire, workflows_ensure


def forwards(apps, schema_editor):
    wagtail_defaults_retire(apps=apps)
    workflows_ensure(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("workflows", "0002_roles")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
