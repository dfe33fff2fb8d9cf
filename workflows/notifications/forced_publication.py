"""The e-mail to Freigabe when something went live around a review workflow:
a force publish, or a workflow taken off (or disabled for) a page.

Its own job rather than an event of ``send_workflow_notification``: it is
about a ``ForcedPublication`` record, not a task or workflow state. It is sent
at once to every member of Freigabe, whatever their notification settings:
it is rare, and it asks one of them to act (sign it off).
"""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.admin.utils import get_user_display_name

from workflows.models import ForcedPublication

from .emails import admin_url, emails_send, page_edit_url

FORCED_PUBLICATION = "force_published"


def approvers_select(*, actor_id: int | None) -> list:
    """Active members of Freigabe with an address, except whoever acted: they
    cannot sign off their own action anyway."""
    users = get_user_model().objects.filter(groups__name=ForcedPublication.APPROVER_GROUP, is_active=True)
    users = users.exclude(email="")
    if actor_id is not None:
        users = users.exclude(pk=actor_id)
    return list(users.distinct().order_by("pk"))


def forced_publication_notify(*, record_id: int) -> int:
    """Tell Freigabe what went live without the full review, by whom and why.
    Nothing when the record is gone or already signed off."""
    record = ForcedPublication.objects.select_related("page", "acted_by").filter(pk=record_id).first()
    if record is None or not record.is_open:
        return 0
    page = record.page.specific
    public_url = page.full_url if page.live else None
    context = {
        "record": record,
        "kind": record.kind,
        "published": record.kind == ForcedPublication.Kind.PUBLISHED,
        "disabled": record.kind == ForcedPublication.Kind.WORKFLOW_DISABLED,
        "page_title": page.title,
        "publication_type": page._meta.verbose_name,
        "workflow_name": record.workflow_name,
        "actor_name": get_user_display_name(record.acted_by) if record.acted_by else "unbekannt",
        "acted_at": record.acted_at,
        "reason": record.reason,
        "public_url": public_url,
        "edit_url": page_edit_url(page_id=page.pk),
        "history_url": admin_url(path=reverse("wagtailadmin_pages:history", args=[page.pk])),
        "approve_url": admin_url(path=reverse("workflows_admin:retro_approve", args=[record.pk])),
    }
    recipients = approvers_select(actor_id=record.acted_by_id)
    return emails_send(template=FORCED_PUBLICATION, context=context, recipients=recipients)
