"""Scheduled publishing under the workflows: only approved revisions go live.

Wagtail's ``publish_scheduled`` publishes every revision with a past
``approved_go_live_at``. Under a workflow that date is only set when the final
approval publishes with a go-live date in the future, but a revision scheduled
another way (before the guard existed, or by code) would meet the guard in the
middle of Wagtail's loop and stop it for every later revision. Such schedules
are withdrawn first, each with a line in the page's history.
"""

from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import Page, Revision

from .publish_guard import publish_refusal

SCHEDULE_REFUSED_LOG_ACTION = "workflows.schedule_refused"


def schedules_unapproved_withdraw() -> list[tuple[Page, str]]:
    """Clear the go-live of due page revisions the workflow did not approve;
    returns each page with the reason."""
    withdrawn = []
    due = Revision.page_revisions.filter(approved_go_live_at__lt=timezone.now()).order_by("approved_go_live_at")
    for revision in due:
        page = revision.content_object
        if not isinstance(page, Page):
            continue
        reason = publish_refusal(page=page, revision=revision)
        if reason is None:
            continue
        revision.approved_go_live_at = None
        revision.save(update_fields=["approved_go_live_at"])
        log(instance=page.specific, action=SCHEDULE_REFUSED_LOG_ACTION, revision=revision, data={"reason": reason})
        withdrawn.append((page, reason))
    return withdrawn
