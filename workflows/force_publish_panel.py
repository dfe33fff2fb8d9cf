"""Dashboard panel „Ohne vollständige Prüfung veröffentlicht“: every force
publish and every removed workflow that Freigabe has not signed off yet.

Shown to the two roles that answer for them, Administration and Freigabe
(superusers only as members, like everywhere in the review); hidden when
nothing is open, since it is an exception and not a work queue.
"""

from dataclasses import dataclass

from wagtail.admin.ui.components import Component

from .force_publish import retro_approval_refusals
from .models import ForcedPublication

PANEL_GROUPS = (ForcedPublication.PUBLISHER_GROUP, ForcedPublication.APPROVER_GROUP)


@dataclass(frozen=True)
class ForcedItem:
    record: ForcedPublication
    title: str
    publication_type: str
    #: Why this user cannot sign it off (German), or empty when they can.
    refusal: str


def open_forced_publications() -> list[ForcedPublication]:
    """Records not signed off yet, oldest first: the longest unreviewed comes first."""
    return list(
        ForcedPublication.objects.filter(retro_approved_at__isnull=True)
        .select_related("page__content_type", "acted_by")
        .order_by("acted_at", "pk")
    )


class ForcedPublicationsPanel(Component):
    name = "forced_publications"
    template_name = "workflows/panels/forced_publications.html"
    order = 55  # right below „Meine Prüfungen“: it asks Freigabe to act

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        context["items"] = []
        if not user.groups.filter(name__in=PANEL_GROUPS).exists():
            return context
        records = open_forced_publications()
        refusals = retro_approval_refusals(records=records, user=user)
        items = []
        for record in records:
            model = record.page.content_type.model_class()
            items.append(
                ForcedItem(
                    record=record,
                    title=record.page.get_admin_display_title(),
                    publication_type=str(model._meta.verbose_name) if model else "Seite",
                    refusal=refusals[record.pk] or "",
                )
            )
        context["items"] = items
        return context
