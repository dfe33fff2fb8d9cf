"""Putting back the PDF renders of workers that died.

The database backend has no timeout of its own: a worker killed mid-job
(SIGKILL, the OOM killer, a lost machine) leaves its job "RUNNING" and its
``PdfRender`` "wird erstellt" for ever, and no other worker takes either. Here a
render job counts as dead once it started more than a lease ago
(``leases.py``) and no live lease is held on its revision and kind; a
"rendering" row counts as dead once its lease lapsed. A dead job is marked
failed, the rows go back to "queued", and one fresh job is queued, all in one
transaction. Run by ``manage.py pdf_requeue_stale`` (cron, ``make run``) and
by every render job before it starts (``jobs.py``), which hands in itself as
``task``: this module cannot import the job that imports it.
"""

import datetime
import logging
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from django_tasks import TaskResultStatus
from django_tasks.base import Task
from django_tasks_db.models import DBTaskResult

from .fingerprint import print_fingerprint
from .leases import lease_cutoff
from .models import PdfKind, PdfRender

logger = logging.getLogger(__name__)

WORKER_LOST = "pdfexport.requeue.WorkerLost"
WORKER_LOST_MESSAGE = "Der Hintergrunddienst ist während dieser PDF-Erstellung ausgefallen; sie wurde neu eingereiht."
GIVEN_UP_MESSAGE = (
    "Die PDF-Erstellung wurde {attempts}-mal abgebrochen, weil der Hintergrunddienst ausfiel, und wird "
    "nicht mehr automatisch wiederholt. Inhalt und frühere PDFs sind unverändert; bitte die Technik informieren."
)

Key = tuple[int, str]  # (revision id, kind)


@dataclass(frozen=True)
class Requeued:
    revision_id: int
    kind: str
    attempt: int  # of the queued job; the attempts so far when given up
    given_up: bool = False


def pdf_requeue_stale(*, task: Task, now: datetime.datetime | None = None) -> list[Requeued]:
    """Fail the dead jobs of ``task`` (``jobs.render_revision_pdf``), reset their
    renders and queue them again."""
    now = now or timezone.now()
    cutoff = lease_cutoff(now=now)
    live = set(
        PdfRender.objects.filter(status=PdfRender.Status.RENDERING, updated_at__gte=cutoff).values_list(
            "revision_id", "kind"
        )
    )
    dead_jobs: dict[Key, list[DBTaskResult]] = defaultdict(list)
    for job in DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, task_path=task.module_path, started_at__lt=cutoff
    ):
        key = _job_key(job)
        if key is not None and key not in live:
            dead_jobs[key].append(job)
    dead_renders: dict[Key, list[PdfRender]] = defaultdict(list)
    for render in PdfRender.objects.filter(status=PdfRender.Status.RENDERING, updated_at__lt=cutoff):
        dead_renders[(render.revision_id, render.kind)].append(render)

    outcomes = []
    for key in sorted(set(dead_jobs) | set(dead_renders)):
        outcome = _requeue(task=task, key=key, jobs=dead_jobs[key], renders=dead_renders[key], cutoff=cutoff, now=now)
        if outcome is not None:
            outcomes.append(outcome)
    return outcomes


def _job_key(job: DBTaskResult) -> Key | None:
    arguments = job.args_kwargs or {}
    args, kwargs = arguments.get("args") or [], arguments.get("kwargs") or {}
    revision_id = kwargs.get("revision_id", args[0] if args else None)
    if revision_id is None:
        return None
    return int(revision_id), kwargs.get("kind", args[1] if len(args) > 1 else PdfKind.PUBLICATION)


def _job_attempt(job: DBTaskResult) -> int:
    arguments = job.args_kwargs or {}
    args = arguments.get("args") or []
    return int((arguments.get("kwargs") or {}).get("attempt", args[2] if len(args) > 2 else 1))


def _requeue(
    *,
    task: Task,
    key: Key,
    jobs: list[DBTaskResult],
    renders: list[PdfRender],
    cutoff: datetime.datetime,
    now: datetime.datetime,
) -> Requeued | None:
    revision_id, kind = key
    with transaction.atomic():
        # Each change is conditional, so that of two runs at once only one wins
        # and only the winner queues a job.
        failed = sum(
            DBTaskResult.objects.filter(pk=job.pk, status=TaskResultStatus.RUNNING).update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                return_value=None,
                exception_class_path=WORKER_LOST,
                traceback=WORKER_LOST_MESSAGE,
            )
            for job in jobs
        )
        # The row the fresh job will render (the current print layer), and the stale ones.
        stale_pks = [render.pk for render in renders]
        rows = PdfRender.objects.filter(revision_id=revision_id, kind=kind).filter(
            Q(fingerprint=print_fingerprint()) | Q(pk__in=stale_pks)
        )
        stale = rows.filter(pk__in=stale_pks, status=PdfRender.Status.RENDERING, updated_at__lt=cutoff)
        attempts = max([*rows.values_list("attempts", flat=True), *(_job_attempt(job) for job in jobs), 0])
        if rows.filter(status=PdfRender.Status.READY).exists() and not renders:
            # The job died after its PDF was stored: nothing left to render.
            return None
        if attempts >= settings.IQ_PDF_MAX_ATTEMPTS:
            # Every row editors could be waiting on, but one a live worker renders.
            waiting = rows.exclude(status=PdfRender.Status.READY).exclude(
                status=PdfRender.Status.RENDERING, updated_at__gte=cutoff
            )
            reset = waiting.update(
                status=PdfRender.Status.FAILED, error_message=GIVEN_UP_MESSAGE.format(attempts=attempts)
            )
            if failed or reset:
                logger.error("Giving up on the PDF of revision %s after %s lost worker(s)", revision_id, attempts)
                return Requeued(revision_id=revision_id, kind=kind, attempt=attempts, given_up=True)
            return None
        reset = stale.update(status=PdfRender.Status.QUEUED, error_message=WORKER_LOST_MESSAGE, updated_at=now)
        if not (failed or reset):
            return None
        task.enqueue(revision_id=revision_id, kind=kind, attempt=attempts + 1)
    logger.warning("PDF of revision %s (%s) queued again: its worker was lost", revision_id, kind)
    return Requeued(revision_id=revision_id, kind=kind, attempt=attempts + 1)
