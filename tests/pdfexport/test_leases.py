"""Render leases: a running render renews its claim, a lapsed one can be taken
over, and the job of a dead worker is failed and queued again exactly once.
The real worker killed mid-render: tests/security/test_worker_faults.py."""

import datetime
import time

from django.core.management import call_command
from django.utils import timezone

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from factsheets.factories import FactSheetPageFactory
from pdfexport.fingerprint import print_fingerprint
from pdfexport.jobs import render_revision_pdf
from pdfexport.leases import lease_heartbeat
from pdfexport.models import PdfKind, PdfRender, PublicationPDF
from pdfexport.requeue import GIVEN_UP_MESSAGE, WORKER_LOST, WORKER_LOST_MESSAGE, Requeued, pdf_requeue_stale
from pdfexport.revision_render import pdf_render_revision


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def revision(fact_sheet_index):
    return FactSheetPageFactory(parent=fact_sheet_index, live=False).save_revision()


def _ago(seconds: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(seconds=seconds)


def _render(revision, *, status=PdfRender.Status.RENDERING, attempts=1, renewed_seconds_ago=0.0) -> PdfRender:
    render = PdfRender.objects.create(
        page_id=revision.object_id, revision=revision, fingerprint=print_fingerprint(), status=status, attempts=attempts
    )
    PdfRender.objects.filter(pk=render.pk).update(updated_at=_ago(renewed_seconds_ago))
    return render


def _running_job(revision, *, started_seconds_ago: float, attempt: int = 1) -> DBTaskResult:
    result = render_revision_pdf.enqueue(revision_id=revision.pk, kind=PdfKind.PUBLICATION, attempt=attempt)
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING, started_at=_ago(started_seconds_ago), worker_ids=["tot"]
    )
    return DBTaskResult.objects.get(pk=result.id)


def _requeue() -> list[Requeued]:
    return pdf_requeue_stale(task=render_revision_pdf)


def _waiting_jobs() -> list[DBTaskResult]:
    return list(DBTaskResult.objects.filter(status=TaskResultStatus.READY, task_path=render_revision_pdf.module_path))


@pytest.mark.django_db
def test_the_job_of_a_dead_worker_is_failed_and_its_render_queued_again(database_queue, revision, settings):
    lapsed = settings.IQ_PDF_LEASE_SECONDS + 5
    render = _render(revision, renewed_seconds_ago=lapsed)
    dead = _running_job(revision, started_seconds_ago=lapsed + 10)

    assert _requeue() == [Requeued(revision_id=revision.pk, kind=PdfKind.PUBLICATION, attempt=2)]

    dead.refresh_from_db()
    assert (dead.status, dead.exception_class_path) == (TaskResultStatus.FAILED, WORKER_LOST)
    render.refresh_from_db()
    assert (render.status, render.error_message) == (PdfRender.Status.QUEUED, WORKER_LOST_MESSAGE)
    (fresh,) = _waiting_jobs()
    assert fresh.args_kwargs["kwargs"] == {"revision_id": revision.pk, "kind": PdfKind.PUBLICATION, "attempt": 2}
    assert _requeue() == [], "a second run (or a second worker at once) queues nothing"
    assert len(_waiting_jobs()) == 1


@pytest.mark.django_db
def test_a_render_whose_lease_is_renewed_is_left_alone(database_queue, revision, settings):
    """A long render outlives the lease; its heartbeat keeps it its worker's."""
    render = _render(revision, renewed_seconds_ago=1)
    job = _running_job(revision, started_seconds_ago=settings.IQ_PDF_LEASE_SECONDS * 3)

    assert _requeue() == []

    job.refresh_from_db()
    render.refresh_from_db()
    assert (job.status, render.status) == (TaskResultStatus.RUNNING, PdfRender.Status.RENDERING)
    assert _waiting_jobs() == []


@pytest.mark.django_db
def test_a_job_that_died_before_it_claimed_its_render_is_queued_again(database_queue, revision, settings):
    render = _render(revision, status=PdfRender.Status.QUEUED, attempts=0)
    dead = _running_job(revision, started_seconds_ago=settings.IQ_PDF_LEASE_SECONDS + 5)

    assert _requeue() == [Requeued(revision_id=revision.pk, kind=PdfKind.PUBLICATION, attempt=2)]

    dead.refresh_from_db()
    render.refresh_from_db()
    assert (dead.status, render.status) == (TaskResultStatus.FAILED, PdfRender.Status.QUEUED)
    assert len(_waiting_jobs()) == 1


@pytest.mark.django_db
def test_a_render_that_keeps_losing_its_worker_is_given_up_with_a_german_message(database_queue, revision, settings):
    lapsed = settings.IQ_PDF_LEASE_SECONDS + 5
    render = _render(revision, attempts=settings.IQ_PDF_MAX_ATTEMPTS, renewed_seconds_ago=lapsed)
    _running_job(revision, started_seconds_ago=lapsed, attempt=settings.IQ_PDF_MAX_ATTEMPTS)

    (outcome,) = _requeue()

    assert outcome.given_up
    render.refresh_from_db()
    assert render.status == PdfRender.Status.FAILED
    assert render.error_message == GIVEN_UP_MESSAGE.format(attempts=settings.IQ_PDF_MAX_ATTEMPTS)
    assert "nicht mehr automatisch wiederholt" in render.error_message
    assert _waiting_jobs() == []


@pytest.mark.django_db
def test_the_command_reports_in_german(database_queue, revision, settings, capsys):
    _render(revision, renewed_seconds_ago=settings.IQ_PDF_LEASE_SECONDS + 5)
    call_command("pdf_requeue_stale")
    call_command("pdf_requeue_stale")
    assert capsys.readouterr().out.splitlines() == [
        f"Neu eingereiht: PDF (publication) von Revision {revision.pk}, Versuch 2."
    ]


@pytest.mark.django_db
def test_a_second_job_takes_the_render_over_once_the_lease_lapsed(revision, settings):
    held = _render(revision, renewed_seconds_ago=settings.IQ_PDF_LEASE_SECONDS - 30)
    assert pdf_render_revision(revision_id=revision.pk) is None, "the lease holds"

    PdfRender.objects.filter(pk=held.pk).update(updated_at=_ago(settings.IQ_PDF_LEASE_SECONDS + 1))
    pdf = pdf_render_revision(revision_id=revision.pk)

    assert pdf is not None and PublicationPDF.objects.count() == 1
    held.refresh_from_db()
    assert (held.status, held.attempts) == (PdfRender.Status.READY, 2)


@pytest.mark.django_db(transaction=True)
def test_the_heartbeat_renews_the_lease_until_another_worker_holds_it(revision, settings):
    settings.IQ_PDF_HEARTBEAT_SECONDS = 0.05
    long_ago = _ago(3600)
    render = _render(revision, renewed_seconds_ago=3600)

    with lease_heartbeat(render_id=render.pk, token=1):
        _wait_until(lambda: PdfRender.objects.get(pk=render.pk).updated_at > long_ago)
        # Taken over: the next holder's claim counted one more attempt.
        PdfRender.objects.filter(pk=render.pk).update(attempts=2, updated_at=long_ago)
        time.sleep(0.5)
        assert PdfRender.objects.get(pk=render.pk).updated_at == long_ago, "a lost lease is not renewed"


def _wait_until(condition, *, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the lease was not renewed"
        time.sleep(0.02)
