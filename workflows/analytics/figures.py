"""The figures of the report „Prüfzeiten“, computed from finished review stages.

A stage run is a Wagtail ``TaskState``. Counted are the runs of the human
review stages (``review_tasks_q``) that a person decided: approved or
rejected. Skipped runs (a stage for another language) and cancelled ones
(the workflow was withdrawn) are left out: nobody reviewed, so their duration
says nothing about how long a review takes.

Runs are grouped by publication type (the verbose name of the page's content
type, „IQ Fact Sheet“), stage (the task's name) and month of ``finished_at``
in Europe/Berlin, so a stage finished at 00:30 on 1 December in Berlin counts
for December although it is still November in UTC.

Durations are ``finished_at - started_at`` in hours (calendar time, nights and
weekends included). The median is the usual one (the mean of the two middle
values for an even count); the 90th percentile uses the nearest-rank method:
the value at rank ⌈0.9 · n⌉ of the sorted durations, always one that occurred.

Everything is computed in Python over one query, so the report needs the same
number of queries however many stages have run.
"""

import datetime
import math
import statistics
import zoneinfo
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.apps import apps
from django.utils import timezone

from wagtail.models import TaskState

from workflows.models.review_task import review_tasks_q

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
DECIDED = (TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED)

# "Overdue": a run that finished after its due date (``StageDeadline``, in
# working days, workflows/deadlines/). Runs from before stages had due dates
# fall back to a fixed allowance: five working days, counted simply as five
# calendar days.
STAGE_DEFAULT_DURATION = datetime.timedelta(days=5)


def stage_allowance(*, stage: str) -> datetime.timedelta:
    """How long a run of ``stage`` without a due date may take before it counts as overdue."""
    return STAGE_DEFAULT_DURATION


def run_overdue(*, stage: str, started_at, finished_at, due_on: datetime.date | None) -> bool:
    """Finished after the due date (in Berlin), or, without one, later than the allowance."""
    if due_on is not None:
        return finished_at.astimezone(BERLIN).date() > due_on
    return finished_at - started_at > stage_allowance(stage=stage)


@dataclass(frozen=True)
class StageRun:
    type_label: str
    stage: str
    month: datetime.date  # the first day of the month, Berlin time
    hours: float
    rejected: bool
    overdue: bool


@dataclass(frozen=True)
class FigureRow:
    """One row of the report: one type, one stage, one month."""

    type_label: str
    stage: str
    month: datetime.date
    count: int
    median_hours: float
    p90_hours: float
    rejection_rate: float  # rejected / (approved + rejected), 0..1
    overdue_share: float  # 0..1

    @property
    def month_label(self) -> str:
        return self.month.strftime("%Y-%m")

    @property
    def rejection_percent(self) -> float:
        return round(self.rejection_rate * 100, 1)

    @property
    def overdue_percent(self) -> float:
        return round(self.overdue_share * 100, 1)


@dataclass(frozen=True)
class StageMedian:
    stage: str
    count: int
    median_hours: float


def percentile_nearest_rank(*, values: list[float], percent: int) -> float:
    """The nearest-rank percentile: no interpolation, always a measured value."""
    if not values:
        raise ValueError("A percentile needs at least one value.")
    ordered = sorted(values)
    rank = max(math.ceil(percent / 100 * len(ordered)), 1)
    return ordered[rank - 1]


def month_start(*, when: datetime.datetime) -> datetime.date:
    local = timezone.localtime(when, BERLIN)
    return datetime.date(local.year, local.month, 1)


def month_bounds(*, first: datetime.date | None, last: datetime.date | None):
    """The aware instants (Berlin) from the start of month ``first`` to the start
    of the month after ``last``; either may be None (open range)."""
    since = datetime.datetime(first.year, first.month, 1, tzinfo=BERLIN) if first else None
    until = None
    if last:
        year, month = (last.year + 1, 1) if last.month == 12 else (last.year, last.month + 1)
        until = datetime.datetime(year, month, 1, tzinfo=BERLIN)
    return since, until


def stage_runs(
    *,
    content_type_id: int | None = None,
    first_month: datetime.date | None = None,
    last_month: datetime.date | None = None,
) -> list[StageRun]:
    """The decided runs of review stages, optionally of one content type and
    finished in the months ``first_month`` to ``last_month``. One query."""
    states = TaskState.objects.filter(
        review_tasks_q(), status__in=DECIDED, started_at__isnull=False, finished_at__isnull=False
    )
    if content_type_id:
        states = states.filter(workflow_state__content_type_id=content_type_id)
    since, until = month_bounds(first=first_month, last=last_month)
    if since:
        states = states.filter(finished_at__gte=since)
    if until:
        states = states.filter(finished_at__lt=until)
    rows = states.values_list(
        "workflow_state__content_type__app_label",
        "workflow_state__content_type__model",
        "task__name",
        "status",
        "started_at",
        "finished_at",
        "deadline__due_on",
    )
    labels: dict[tuple[str, str], str] = {}
    runs = []
    for app_label, model_name, stage, status, started_at, finished_at, due_on in rows:
        key = (app_label, model_name)
        if key not in labels:
            labels[key] = _type_label(app_label=app_label, model_name=model_name)
        took = finished_at - started_at
        runs.append(
            StageRun(
                type_label=labels[key],
                stage=stage,
                month=month_start(when=finished_at),
                hours=took.total_seconds() / 3600,
                rejected=status == TaskState.STATUS_REJECTED,
                overdue=run_overdue(stage=stage, started_at=started_at, finished_at=finished_at, due_on=due_on),
            )
        )
    return runs


def _type_label(*, app_label: str, model_name: str) -> str:
    # From the app registry, not ContentType.model_class(): no query, and
    # ``workflows`` imports no content app.
    try:
        return str(apps.get_model(app_label, model_name)._meta.verbose_name)
    except LookupError:
        return f"{app_label}.{model_name}"


def figure_rows(*, runs: Iterable[StageRun]) -> list[FigureRow]:
    """Runs grouped by type, stage and month, sorted by month, type, stage."""
    groups: dict[tuple, list[StageRun]] = defaultdict(list)
    for run in runs:
        groups[(run.month, run.type_label, run.stage)].append(run)
    rows = []
    for (month, type_label, stage), members in sorted(groups.items()):
        hours = [run.hours for run in members]
        rows.append(
            FigureRow(
                type_label=type_label,
                stage=stage,
                month=month,
                count=len(members),
                median_hours=round(statistics.median(hours), 1),
                p90_hours=round(percentile_nearest_rank(values=hours, percent=90), 1),
                rejection_rate=sum(run.rejected for run in members) / len(members),
                overdue_share=sum(run.overdue for run in members) / len(members),
            )
        )
    return rows


def stage_medians(*, runs: Iterable[StageRun]) -> list[StageMedian]:
    """The median duration per stage over all types and months, for the chart."""
    by_stage: dict[str, list[float]] = defaultdict(list)
    for run in runs:
        by_stage[run.stage].append(run.hours)
    return [
        StageMedian(stage=stage, count=len(hours), median_hours=round(statistics.median(hours), 1))
        for stage, hours in sorted(by_stage.items())
    ]
