"""Grant the role groups their permissions on subprojects (reference data).

``workflows.0002_roles`` ran before the subproject model existed, so the roles
got no permissions on it there. A frozen copy of just that grant, as
``goodpractice.0003_target_group_permissions`` does for target groups: the
same actions as the roles have on every other reference model. Adds what is
missing, removes nothing; a role group an administrator has deleted stays
deleted.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Role group -> {(app label, model): actions}
GRANTS = {
    "Redaktion": {("cms", "subproject"): ("add", "change", "view")},
    "Fachreview": {("cms", "subproject"): ("view",)},
    "Lektorat": {("cms", "subproject"): ("view",)},
    "Freigabe": {("cms", "subproject"): ("add", "change", "view")},
    "Beratungsgremium": {("cms", "subproject"): ("view",)},
    "Administration": {("cms", "subproject"): ("add", "change", "delete", "view")},
}


def permissions_create(apps):
    """Django creates content types and permissions after the last migration
    (post_migrate); granting them here needs them now."""
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
        ("cms", "0005_subprojects"),
        ("workflows", "0002_roles"),
    ]

    operations = [migrations.RunPython(permissions_grant, migrations.RunPython.noop)]
