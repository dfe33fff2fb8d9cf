"""Setting deadlines: a stage's due date when it starts, and the editor's
„Freigabe bis“ for the run.

Which date a stage gets: its default duration in working days, counted from
the day it starts. With a „Freigabe bis“ the final stage of the workflow is due
on that date (the editor asked for the approval by then, whatever the default
says), and every earlier stage at its default but never later than that date,
so an early stage cannot use up the time of the ones after it.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from wagtail.models import TaskState, WorkflowState

from workflows.models import ReleaseBy, StageDeadline

from .working_days import holiday_name, working_days_after

RELEASE_BY_PAST = "„Freigabe bis“ muss nach dem heutigen Tag liegen; {day} ist vorbei oder heute."
RELEASE_BY_WEEKEND = "„Freigabe bis“ muss ein Arbeitstag sein; {day} ist ein {weekday}."
RELEASE_BY_HOLIDAY = "„Freigabe bis“ muss ein Arbeitstag sein; {day} ist ein bundesweiter Feiertag ({holiday})."
NOT_IN_REVIEW = "Die Publikation ist nicht in Prüfung; „Freigabe bis“ lässt sich nur für eine laufende Prüfung setzen."


def day_text(day: datetime.date) -> str:
    """„12. Dezember 2026“."""
    return date_format(day, "j. F Y")


def release_by_refusal(*, due_on: datetime.date, today: datetime.date | None = None) -> str | None:
    """Why ``due_on`` cannot be a „Freigabe bis“ (German), or None."""
    today = today or timezone.localdate()
    day = day_text(due_on)
    if due_on <= today:
        return RELEASE_BY_PAST.format(day=day)
    if due_on.weekday() >= 5:
        return RELEASE_BY_WEEKEND.format(day=day, weekday=date_format(due_on, "l"))
    holiday = holiday_name(day=due_on)
    if holiday:
        return RELEASE_BY_HOLIDAY.format(day=day, holiday=holiday)
    return None


def _is_final_stage(task_state: TaskState) -> bool:
    last = (
        task_state.workflow_state.workflow.workflow_tasks.filter(task__active=True)
        .order_by("-sort_order")
        .values_list("task_id", flat=True)
        .first()
    )
    return last == task_state.task_id


def _due_on(*, task_state: TaskState, release_by: ReleaseBy | None) -> tuple[datetime.date, bool]:
    """The due date of a stage and whether the editor's date decided it."""
    started = timezone.localdate(task_state.started_at)
    default = working_days_after(start=started, days=task_state.task.specific.duration_days)
    if release_by is None:
        return default, False
    if _is_final_stage(task_state) or release_by.due_on < default:
        return release_by.due_on, True
    return default, False


def stage_deadline_start(*, task_state: TaskState) -> StageDeadline:
    """Give a human review stage that has just started its due date; again
    when the editor changes „Freigabe bis“ while it waits."""
    release_by = ReleaseBy.objects.filter(workflow_state_id=task_state.workflow_state_id).first()
    due_on, from_editor = _due_on(task_state=task_state, release_by=release_by)
    deadline, _ = StageDeadline.objects.update_or_create(
        task_state=task_state,
        defaults={"due_on": due_on, "from_editor": from_editor, "set_by": release_by.set_by if from_editor else None},
    )
    return deadline


def release_by_set(*, workflow_state: WorkflowState, due_on: datetime.date, user) -> ReleaseBy:
    """Set the editor's „Freigabe bis“ of a run in review and the due date of
    the stage now waiting; a refused date raises ``ValidationError`` on the
    field ``release_by`` and changes nothing."""
    refusal = release_by_refusal(due_on=due_on)
    if refusal:
        raise ValidationError({"release_by": refusal})
    if workflow_state.status != WorkflowState.STATUS_IN_PROGRESS:
        raise ValidationError({"release_by": NOT_IN_REVIEW})
    with transaction.atomic():
        release_by, _ = ReleaseBy.objects.update_or_create(
            workflow_state=workflow_state, defaults={"due_on": due_on, "set_by": user}
        )
        current = workflow_state.current_task_state
        # The automated checks have no deadline: the next human stage gets one when it starts.
        if current is not None and StageDeadline.objects.filter(task_state=current).exists():
            stage_deadline_start(task_state=current)
    return release_by
