"""One rule for every way a page can go live: while a review workflow covers
it, only the workflow publishes it.

Wagtail has many publish paths (the edit view, revert-and-publish, bulk
actions, the admin API's ``action/publish/``, copy-and-publish, scheduled
publishing) and no single hook that all of them pass. All but copying end in
``PublishPageRevisionAction.execute()``, which calls ``check()`` before it
changes anything; ``publish_guard_install`` makes that check ask
``publish_refusal`` too. Copying is refused in ``editor_hooks``.

A page type may also refuse a revision on its own account
(``publication_refusal``). Otherwise a revision may go live when the workflow approved it (its final stage, or
later by ``publish_scheduled`` when it was approved with a go-live date), or
inside ``publishing_authorised()``, which only the force-publish service
opens after recording who published without full review and why.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from wagtail.actions.publish_page_revision import PublishPagePermissionError, PublishPageRevisionAction
from wagtail.models import Page, Revision, WorkflowState

_authorised: ContextVar[bool] = ContextVar("publishing_authorised", default=False)


class PublishRefused(PublishPagePermissionError):
    """A publish that the review workflow has not approved. A PermissionDenied,
    so the admin API answers 403 with the message and views can show it."""


def publish_refused_message(*, title: str, workflow_name: str) -> str:
    return (
        f"„{title}“ wurde nicht veröffentlicht: Publikationen dieser Art gehen nur über den Workflow "
        f"„{workflow_name}“ online. Reichen Sie sie zur Prüfung ein; mit der letzten Freigabe wird sie "
        "veröffentlicht."
    )


@contextmanager
def publishing_authorised():
    """Let the publishes inside this block pass the guard. For services that
    have recorded their own authority (force publishing), never for views."""
    token = _authorised.set(True)
    try:
        yield
    finally:
        _authorised.reset(token)


def workflow_approved_revision(*, revision: Revision) -> bool:
    """Whether a finished workflow approved exactly this revision."""
    return WorkflowState.objects.filter(
        base_content_type_id=revision.base_content_type_id,
        object_id=revision.object_id,
        status=WorkflowState.STATUS_APPROVED,
        current_task_state__revision=revision,
    ).exists()


def publish_refusal(*, page: Page, revision: Revision) -> str | None:
    """Why ``revision`` of ``page`` may not go live now (German), or None.

    A page type may refuse on its own account first, whoever publishes (a
    good-practice proposal the board did not select is never published), by
    a method ``publication_refusal(*, revision)``.
    """
    own = getattr(page.specific, "publication_refusal", None)
    if own is not None and (reason := own(revision=revision)):
        return reason
    if _authorised.get():
        return None
    workflow = page.get_workflow()
    if workflow is None:
        return None
    if workflow_approved_revision(revision=revision):
        return None
    return publish_refused_message(title=page.get_admin_display_title(), workflow_name=workflow.name)


def publish_guard_install() -> None:
    """Make Wagtail's page publish action refuse unapproved revisions.

    Wrapping ``check()`` is the one place every path but copying passes before
    anything is written; Wagtail offers no hook there. Idempotent.
    """
    if getattr(PublishPageRevisionAction.check, "_iq_guarded", False):
        return
    wagtail_check = PublishPageRevisionAction.check

    def check(self, skip_permission_checks: bool = False):
        reason = publish_refusal(page=self.object, revision=self.revision)
        if reason:
            raise PublishRefused(reason)
        return wagtail_check(self, skip_permission_checks=skip_permission_checks)

    check._iq_guarded = True
    PublishPageRevisionAction.check = check
