"""The periodic deadline check, a job of the task system, and keeping one
of it queued, without cron.

The job queues its own next run; the first is queued when a stage with a
deadline starts (``receivers.py``), since before that there is nothing to
check. Only the database backend keeps a job for later: with another backend
(the immediate one of the tests) nothing is scheduled and ``manage.py
deadlines_check`` runs the check by hand.
"""

import datetime

from django.utils import timezone

from django_tasks import TaskResultStatus, task
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from .check import deadlines_check_run

CHECK_EVERY = datetime.timedelta(hours=1)


@task()
def deadlines_check() -> dict:
    """Queue today's reminders and overdue notices, then the next check."""
    try:
        result = deadlines_check_run()
    finally:
        # Also after a failure: a check that stops rescheduling stops for good.
        deadlines_schedule_ensure()
        deadlines_checks_prune()
    return {"reminders": result.reminders, "overdue": result.overdue}


def _queued():
    return DBTaskResult.objects.filter(task_path=deadlines_check.module_path, status=TaskResultStatus.READY)


def deadlines_schedule_ensure(*, run_after: datetime.datetime | None = None) -> bool:
    """Queue the next check unless one waits already; True if this queued it."""
    if not isinstance(deadlines_check.get_backend(), DatabaseBackend):
        return False
    if _queued().exists():
        return False
    deadlines_check.using(run_after=run_after or timezone.now() + CHECK_EVERY).enqueue()
    # Two processes may both have found none: the later rows go again, so the
    # queue converges on one (a claimed job is no longer READY and stays).
    first = _queued().order_by("pk").values_list("pk", flat=True).first()
    _queued().exclude(pk=first).delete()
    return True


def deadlines_checks_prune() -> int:
    """Delete finished checks but the newest: one a hour would pile up."""
    finished = DBTaskResult.objects.filter(task_path=deadlines_check.module_path).exclude(
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]
    )
    newest = finished.order_by("-finished_at").values_list("pk", flat=True).first()
    if newest is None:
        return 0
    deleted, _ = finished.exclude(pk=newest).delete()
    return deleted
