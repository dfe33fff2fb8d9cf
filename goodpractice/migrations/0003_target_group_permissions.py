"""Grant the role groups their permissions on target groups (reference data).

``workflows.0002_roles`` ran before the target group model existed, so the
roles got no permissions on it there. A frozen copy of just that grant, as it
was when this migration was written: ``workflows.roles`` may change later, and
this migration has to do on a fresh database what it always did. Adds what is
missing, removes nothing; a role group an administrator has deleted stays
deleted.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Role group -> {(app label, model): actions}
GRANTS = {
    "Redaktion": {("goodpractice", "targetgroup"): ("add", "change", "view")},
    "Fachreview": {("goodpractice", "targetgroup"): ("view",)},
    "Lektorat": {("goodpractice", "targetgroup"): ("view",)},
    "Freigabe": {("goodpractice", "targetgroup"): ("add", "change", "view")},
    "Beratungsgremium": {("goodpractice", "targetgroup"): ("view",)},
    "Administration": {("goodpractice", "targetgroup"): ("add", "change", "delete", "view")},
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


def permissions_grant(apps, schema_editor):
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
        ("goodpractice", "0002_target_groups"),
        ("workflows", "0002_roles"),
    ]

    operations = [migrations.RunPython(permissions_grant, migrations.RunPython.noop)]
