"""What the job table says about the worker: when it was last seen, what
waits for it, what failed."""

import datetime
from dataclasses import dataclass

from django.db.models import Case, F, Max, When

from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, TaskResultStatus, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

# German names for the jobs of this project; others show their function name.
JOB_NAMES = {
    "pdfexport.jobs.render_revision_pdf": "PDF-Erstellung",
    "workflows.jobs.run_automated_checks": "Automatische Prüfung",
    "workflows.notifications.jobs.send_workflow_notification": "Workflow-E-Mail",
    "workflows.notifications.jobs.send_forced_publication_mail": "E-Mail an die Freigabe",
    "workflows.health.jobs.worker_heartbeat": "Lebenszeichen",
}

# Failures older than this are history, not a current problem.
FAILED_WINDOW = datetime.timedelta(days=7)


def job_name(task_path: str) -> str:
    return JOB_NAMES.get(task_path) or task_path.rsplit(".", 1)[-1]


@dataclass(frozen=True)
class FailedJob:
    name: str
    finished_at: datetime.datetime | None
    error: str


@dataclass(frozen=True)
class WorkerHealth:
    #: When a worker last claimed or finished a job; None: never.
    last_seen: datetime.datetime | None
    #: Jobs due now that no worker has claimed, and since when the oldest is due.
    waiting_count: int
    waiting_since: datetime.datetime | None
    #: Jobs that failed within ``FAILED_WINDOW``, and the newest of them.
    failed_count: int
    failed: list[FailedJob]

    def is_silent(self, *, silent_for: datetime.timedelta, now: datetime.datetime) -> bool:
        """Jobs have waited longer than ``silent_for`` and no worker was seen in
        that time. An idle worker is not silent: nothing waits for it."""
        if self.waiting_since is None or now - self.waiting_since < silent_for:
            return False
        return self.last_seen is None or now - self.last_seen >= silent_for


def tasks_in_database() -> bool:
    """Only the database backend leaves a record to read (tests run jobs at once)."""
    return isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend)


def worker_health(*, now: datetime.datetime, failed_limit: int = 5) -> WorkerHealth:
    """Five queries, however many jobs the table holds."""
    seen = DBTaskResult.objects.aggregate(started=Max("started_at"), finished=Max("finished_at"))
    last_seen = max((moment for moment in seen.values() if moment is not None), default=None)

    # A deferred job (a retry) is due from ``run_after``, an ordinary one from
    # when it was queued; ``run_after`` is the far future for those.
    waiting = (
        DBTaskResult.objects.filter(status=TaskResultStatus.READY)
        .annotate(due_at=Case(When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after")))
        .filter(due_at__lte=now)
    )
    oldest = waiting.order_by("due_at").values_list("due_at", flat=True).first()

    failed = DBTaskResult.objects.filter(status=TaskResultStatus.FAILED, finished_at__gte=now - FAILED_WINDOW)
    newest_failed = failed.order_by("-finished_at").only("task_path", "finished_at", "exception_class_path")
    return WorkerHealth(
        last_seen=last_seen,
        waiting_count=waiting.count(),
        waiting_since=oldest,
        failed_count=failed.count(),
        failed=[
            FailedJob(
                name=job_name(result.task_path),
                finished_at=result.finished_at,
                error=result.exception_class_path.rsplit(".", 1)[-1],
            )
            for result in newest_failed[:failed_limit]
        ],
    )
