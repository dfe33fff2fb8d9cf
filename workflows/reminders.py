"""Reminding reviewers of stages that wait too long (``manage.py workflow_remind``)."""

import datetime

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from wagtail.models import TaskState, WorkflowState

from .models import ReviewReminder
from .models.review_task import review_tasks_q
from .notifications import REVIEW_REMINDER, send_workflow_notification


def reminders_due(*, waited: datetime.timedelta, repeat: datetime.timedelta, now=None) -> list[TaskState]:
    """Review stages in progress for longer than ``waited`` whose reviewers were
    not reminded within ``repeat``, oldest first."""
    now = now or timezone.now()
    recent = ReviewReminder.objects.filter(task_state=OuterRef("pk"), sent_at__gt=now - repeat)
    return list(
        TaskState.objects.filter(
            review_tasks_q(),
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
            started_at__lte=now - waited,
        )
        .filter(~Exists(recent))
        .select_related("task", "workflow_state")
        .order_by("started_at", "pk")
    )


def reminder_queue(*, task_state: TaskState) -> ReviewReminder:
    """Record the reminder and let the worker send it once this is committed."""
    reminder = ReviewReminder.objects.create(task_state=task_state)
    transaction.on_commit(
        lambda: send_workflow_notification.enqueue(event=REVIEW_REMINDER, state_id=task_state.pk, actor_id=None)
    )
    return reminder
