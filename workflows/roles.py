"""The editorial roles of IQ Publisher as Django groups with Wagtail permissions.

Created by data migrations that carry frozen copies of this spec as it was
(``0002_roles`` and later deltas), and editable by administrators afterwards.
A change here reaches existing databases only through a new migration with
its own frozen copy of the change. ``roles_ensure`` is idempotent: it adds what
is missing and removes nothing an administrator granted since; the demo and
the test baseline use it to restore the roles after a flush.

Nobody publishes a publication directly: publishing happens when the last
stage of its workflow approves (``editor_hooks``). Freigabe keeps Wagtail's
publish permission for withdrawing (unpublishing) a publication.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

REFERENCE_MODELS = (
    ("cms", "topic"),
    ("cms", "organisation"),
    ("cms", "fachstelle"),
    ("cms", "regionalnetwork"),
    ("cms", "actionarea"),
    ("cms", "person"),
    ("cms", "fundingperiod"),
    ("cms", "fundingnotice"),
    ("cms", "subproject"),
    ("goodpractice", "targetgroup"),
)

REVIEWER = {"page": ("change",), "media": ("choose",), "reference": ("view",), "model": ()}

ROLES: dict[str, dict] = {
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
        # The download figures for the programme's monitoring reports.
        "model": (("pdfexport", "view_pdfdownloadday"),),
    },
    "Beratungsgremium": REVIEWER,
    "Administration": {
        "page": ("add", "change", "publish", "bulk_delete", "lock", "unlock"),
        "media": ("add", "change", "delete", "choose"),
        "reference": ("add", "change", "delete", "view"),
        # Users, roles and workflows are administered here, not in code.
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
            ("workflows", "add_workflowrules"),
            ("workflows", "change_workflowrules"),
            ("workflows", "view_workflowrules"),
            ("pdfexport", "view_pdfdownloadday"),
        ),
    },
}


def permissions_create(*, apps=global_apps) -> None:
    """Django creates permissions after all migrations; a data migration that
    grants them has to create them first."""
    for app_config in apps.get_app_configs():
        # Historical app configs have no models module; create_permissions skips those.
        had_module = getattr(app_config, "models_module", None)
        app_config.models_module = had_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = had_module


def roles_ensure(*, apps=global_apps) -> dict[str, object]:
    """Create or complete the role groups; page permissions apply to the whole tree."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    permissions_create(apps=apps)
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    groups = {}
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
        groups[name] = group
    return groups
