"""Grant the role groups their permissions on target groups (reference data)."""

from django.db import migrations

from workflows.roles import roles_ensure


def forwards(apps, schema_editor):
    roles_ensure(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("goodpractice", "0002_target_groups"),
        ("workflows", "0002_roles"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
