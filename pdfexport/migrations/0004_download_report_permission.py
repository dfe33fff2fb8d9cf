"""Administration and Freigabe may see the report „PDF-Downloads“.

A frozen copy of just that grant, as it was when this migration was written:
``workflows.roles`` may change later, and this migration has to do on a fresh
database what it always did. Adds what is missing, removes nothing; a role
group an administrator has deleted stays deleted.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Role group -> {(app label, model): actions}
GRANTS = {
    "Administration": {("pdfexport", "pdfdownloadday"): ("view",)},
    "Freigabe": {("pdfexport", "pdfdownloadday"): ("view",)},
}


def permissions_create(apps):
    """Django creates content types and permissions after the last migration
    (post_migrate); granting them here needs them now. Every app, not only
    this one, so that a fresh database gets the same ids as it always did."""
    for app_config in apps.get_app_configs():
        # Historical app configs have no models module; create_permissions skips those.
        had_module = getattr(app_config, "models_module", None)
        app_config.models_module = had_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = had_module


def report_permission_grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    permissions_create(apps)
    for group in Group.objects.filter(name__in=GRANTS):
        for (app_label, model), actions in GRANTS[group.name].items():
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename__in=[f"{action}_{model}" for action in actions],
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("pdfexport", "0003_pdf_download_days"),
        ("workflows", "0002_roles"),
    ]

    operations = [migrations.RunPython(report_permission_grant, migrations.RunPython.noop)]
