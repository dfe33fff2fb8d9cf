"""The editorial roles as groups (editable by administrators afterwards).

A frozen copy of the roles as they were when this migration was written:
``workflows.roles`` may change later, and this migration has to create the same
groups on a fresh database as it always did. Adds what is missing, removes
nothing.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REFERENCE_MODELS = (
    ("cms", "topic"),
    ("cms", "organisation"),
    ("cms", "fachstelle"),
    ("cms", "regionalnetwork"),
    ("cms", "actionarea"),
    ("cms", "person"),
    ("cms", "fundingperiod"),
    ("cms", "fundingnotice"),
    ("goodpractice", "targetgroup"),
)

REVIEWER = {"page": ("change",), "media": ("choose",), "reference": ("view",), "model": ()}

ROLES = {
    "Redaktion": {
        "page": ("add", "change", "lock", "unlock"),
        "media": ("add", "change", "choose"),
        "reference": ("add", "change", "view"),
        "model": (),
    },
    "Fachreview": REVIEWER,
    "Lektorat": REVIEWER,
    "Freigabe": {
        "page": ("add", "change", "publish", "lock", "unlock"),
        "media": ("add", "change", "choose"),
        "reference": ("add", "change", "view"),
        "model": (),
    },
    "Beratungsgremium": REVIEWER,
    "Administration": {
        "page": ("add", "change", "publish", "bulk_delete", "lock", "unlock"),
        "media": ("add", "change", "delete", "choose"),
        "reference": ("add", "change", "delete", "view"),
        "model": (
            ("auth", "add_user"),
            ("auth", "change_user"),
            ("auth", "delete_user"),
            ("auth", "add_group"),
            ("auth", "change_group"),
            ("auth", "delete_group"),
            ("wagtailcore", "add_workflow"),
            ("wagtailcore", "change_workflow"),
            ("wagtailcore", "delete_workflow"),
            ("wagtailcore", "add_task"),
            ("wagtailcore", "change_task"),
            ("wagtailcore", "delete_task"),
            ("wagtailcore", "view_logentry"),
        ),
    },
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


def roles_ensure(apps, schema_editor):
    """Page permissions apply to the whole tree, media permissions to the root
    collection. Models not in the migration state yet get no permissions (their
    own migrations grant them)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    permissions_create(apps)
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for name, spec in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        if root_page is not None:
            for permission_type in spec["page"]:
                permission = Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
                )
                GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
        if root_collection is not None:
            for action in spec["media"]:
                for permission in Permission.objects.filter(codename__in=(f"{action}_image", f"{action}_document")):
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )
        for app_label, model in REFERENCE_MODELS:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label,
                    codename__in=[f"{action}_{model}" for action in spec["reference"]],
                )
            )
        for app_label, codename in spec["model"]:
            group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("workflows", "0001_tasks"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("cms", "0001_initial"),
    ]

    operations = [migrations.RunPython(roles_ensure, migrations.RunPython.noop)]
