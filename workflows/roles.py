"""The editorial roles of IQ Publisher as Django groups with Wagtail permissions.

Redaktion drafts and submits but cannot publish; reviewers can open what they
review; Freigabe signs off and publishes. Idempotent: running it again adds
what is missing and removes nothing an administrator granted since.
"""

from django.contrib.auth.models import Group, Permission

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

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

ROLES: dict[str, dict] = {
    "Redaktion": {
        "description": "Erstellt und bearbeitet Publikationen, reicht sie zur Prüfung ein.",
        "page": ("add", "change", "lock", "unlock"),
        "media": ("add", "change", "choose"),
        "reference": ("add", "change", "view"),
    },
    "Fachreview": {
        "description": "Fachliche Prüfung durch die Fachstellen.",
        "page": ("change",),
        "media": ("choose",),
        "reference": ("view",),
    },
    "Lektorat": {
        "description": "Sprachliche Prüfung und Korrektorat.",
        "page": ("change",),
        "media": ("choose",),
        "reference": ("view",),
    },
    "Freigabe": {
        "description": "Abschließende Freigabe für das Programm; veröffentlicht.",
        "page": ("add", "change", "publish", "lock", "unlock"),
        "media": ("add", "change", "choose"),
        "reference": ("add", "change", "view"),
    },
}


def roles_ensure(*, root_page: Page) -> list[Group]:
    """Create or complete the role groups, with page permissions on ``root_page``."""
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    root_collection = Collection.get_first_root_node()
    groups = []
    for name, spec in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for permission_type in spec["page"]:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
            )
            GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
        for action in spec["media"]:
            for media in ("image", "document"):
                permission = Permission.objects.get(codename=f"{action}_{media}")
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
        groups.append(group)
    return groups
