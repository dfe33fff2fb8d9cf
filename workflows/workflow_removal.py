"""Taking a review workflow off a page is publishing around it: record it.

Once a listing page has no workflow, every publication below it can be
published directly. Wagtail's workflow editor allows this (remove the page
from the workflow, or disable the workflow), and the emergency bypass in
``docs/decisions.md`` relies on it; so it stays possible, but it is recorded
like a force publish: a ``ForcedPublication`` row listed on the dashboard until
Freigabe signs it off, a log entry on the page and an e-mail to Freigabe.

Who did it: a signal has no request, but every Wagtail admin view runs inside
Wagtail's ``LogContext`` with the signed-in user (``require_admin_access``),
the same source Wagtail's own log entries take their user from. Outside the
admin (shell, scripts) there is no user, and the record says "unbekannt".
"""

from django.db import transaction
from django.db.models import QuerySet

from wagtail.log_actions import get_active_log_context, log
from wagtail.models import Page, Workflow

from .models import ForcedPublication
from .notifications.jobs import send_forced_publication_mail

WORKFLOW_REMOVED_ACTION = "workflows.workflow_removed"


def _acting_user():
    user = get_active_log_context().user
    return user if user is not None and user.is_authenticated else None


def workflow_removal_record(*, page_id: int, workflow_id: int, disabled: bool) -> ForcedPublication | None:
    """Record that workflow ``workflow_id`` no longer covers page ``page_id``."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return None
    user = _acting_user()
    workflow_name = Workflow.objects.filter(pk=workflow_id).values_list("name", flat=True).first() or ""
    kind = ForcedPublication.Kind.WORKFLOW_DISABLED if disabled else ForcedPublication.Kind.WORKFLOW_REMOVED
    record = ForcedPublication.objects.create(
        kind=kind, page=page, workflow_name=workflow_name, acted_by_id=user.pk if user else None
    )
    log(
        instance=page.specific,
        action=WORKFLOW_REMOVED_ACTION,
        user=user,
        data={"workflow": workflow_name, "disabled": disabled, "record_id": record.pk},
    )
    transaction.on_commit(lambda: send_forced_publication_mail.enqueue(record_id=record.pk))
    return record


def workflow_page_deleted(sender, instance, origin=None, **kwargs):
    """``post_delete`` receiver of ``WorkflowPage`` (connected in ``receivers``)."""
    origin_model = origin.model if isinstance(origin, QuerySet) else type(origin)
    if origin_model is not None and issubclass(origin_model, Page):
        # The page itself was deleted and took its assignment along: nothing
        # below it can be published any more, so nothing went around a review.
        return
    # Wagtail's editor removes one assignment at a time (``instance.delete()``);
    # only ``Workflow.deactivate()`` deletes them as a queryset (and deleting
    # the workflow itself cascades from the workflow).
    disabled = isinstance(origin, QuerySet) or (origin_model is not None and issubclass(origin_model, Workflow))
    workflow_removal_record(page_id=instance.page_id, workflow_id=instance.workflow_id, disabled=disabled)
