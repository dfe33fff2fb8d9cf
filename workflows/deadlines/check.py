"""Which deadlines need a mail today, and recording that it went out.

A reminder goes to the stage's reviewers from the working day before the due
date (on the due date itself too, should the worker have been down the day
before); an overdue notice to the reviewers and the submitter once the due date
has passed. Each once per due date: the conditional update of ``reminded_for``
/ ``overdue_for`` is the record, so two checks running at once send one mail.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from wagtail.models import TaskState, WorkflowState

from workflows.models import StageDeadline
from workflows.notifications import DEADLINE_OVERDUE, DEADLINE_REMINDER, send_workflow_notification

from .working_days import previous_working_day


@dataclass(frozen=True)
class CheckResult:
    reminders: int
    overdue: int


def open_deadlines():
    """Deadlines of stages that still wait for a decision."""
    return StageDeadline.objects.filter(
        task_state__status=TaskState.STATUS_IN_PROGRESS,
        task_state__workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
    )


def _claim(*, deadline: StageDeadline, field: str, event: str) -> bool:
    """Record that ``event`` was sent for the current due date; False when
    another run did so already."""
    claimed = (
        StageDeadline.objects.filter(pk=deadline.pk, due_on=deadline.due_on)
        .exclude(**{field: deadline.due_on})
        .update(**{field: deadline.due_on})
    )
    if claimed:
        state_id = deadline.task_state_id
        transaction.on_commit(lambda: send_workflow_notification.enqueue(event=event, state_id=state_id, actor_id=None))
    return bool(claimed)


def deadlines_check_run(*, today: datetime.date | None = None) -> CheckResult:
    """Queue today's reminders and overdue notices."""
    today = today or timezone.localdate()
    reminders = overdue = 0
    for deadline in open_deadlines().order_by("due_on", "pk"):
        with transaction.atomic():
            if deadline.due_on < today:
                overdue += _claim(deadline=deadline, field="overdue_for", event=DEADLINE_OVERDUE)
            elif previous_working_day(day=deadline.due_on) <= today:
                reminders += _claim(deadline=deadline, field="reminded_for", event=DEADLINE_REMINDER)
    return CheckResult(reminders=reminders, overdue=overdue)
