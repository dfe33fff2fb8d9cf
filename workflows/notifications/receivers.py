"""Signal receivers: they note what happened and queue the e-mails for the worker.

Only ids and strings cross into the job; it runs after the commit, so it sees
what the request saved, and a rolled-back action sends nothing.
"""

from django.db import transaction

from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_approved, task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from workflows.models.review_task import ReviewTaskMixin

from .events import STAGE_APPROVED, TASK_STARTED, WORKFLOW_PUBLISHED, WORKFLOW_REJECTED
from .jobs import send_workflow_notification

# Tasks a person reviews; the automated checks tell nobody that they started.

# Wagtail's own workflow e-mails (wagtail/admin/signal_handlers.py): English,
# sent inside the request and to superusers. Ours replace them.
WAGTAIL_EMAIL_RECEIVERS = (
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification"),
)


def _enqueue(*, event: str, state_id: int, user) -> None:
    actor_id = user.pk if user is not None else None
    transaction.on_commit(lambda: send_workflow_notification.enqueue(event=event, state_id=state_id, actor_id=actor_id))


def task_started(sender, instance, user=None, **kwargs):
    task_class = instance.task.specific_class
    if task_class is not None and issubclass(task_class, ReviewTaskMixin):
        _enqueue(event=TASK_STARTED, state_id=instance.pk, user=user)


def stage_approved(sender, instance, user=None, **kwargs):
    _enqueue(event=STAGE_APPROVED, state_id=instance.pk, user=user)


def workflow_sent_back(sender, instance, user=None, **kwargs):
    # The rejecting task state, fixed now: by the time the job runs the editor
    # may already have resubmitted.
    _enqueue(event=WORKFLOW_REJECTED, state_id=instance.current_task_state_id, user=user)


def workflow_published(sender, instance, user=None, **kwargs):
    _enqueue(event=WORKFLOW_PUBLISHED, state_id=instance.pk, user=user)


def receivers_connect() -> None:
    """Replace Wagtail's workflow e-mails with ours. Needs ``wagtail.admin``
    to have connected its receivers first (it comes earlier in INSTALLED_APPS)."""
    for signal, sender, dispatch_uid in WAGTAIL_EMAIL_RECEIVERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
    task_submitted.connect(task_started, dispatch_uid="workflows_notify_task_started")
    task_approved.connect(stage_approved, dispatch_uid="workflows_notify_stage_approved")
    workflow_rejected.connect(workflow_sent_back, sender=WorkflowState, dispatch_uid="workflows_notify_rejected")
    workflow_approved.connect(workflow_published, sender=WorkflowState, dispatch_uid="workflows_notify_published")
