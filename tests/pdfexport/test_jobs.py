"""Render jobs: one render per distinct revision, bounded retries with backoff."""

import datetime

from django.core.management import call_command
from django.utils import timezone

import pytest

from factsheets.factories import FactSheetPageFactory
from pdfexport.models import PdfRender, PublicationPDF
from pdfexport.revision_render import pdf_render_revision
from workflows.publish_guard import publishing_authorised


@pytest.mark.django_db
def test_two_quick_publishes_render_each_revision_exactly_once(fact_sheet_index, django_capture_on_commit_callbacks):
    page = FactSheetPageFactory(parent=fact_sheet_index, live=False)
    with django_capture_on_commit_callbacks(execute=False) as queued:
        with publishing_authorised():
            page.save_revision().publish()
        page.title = "Gleich danach korrigiert"
        with publishing_authorised():
            page.save_revision().publish()
    # Every job twice, as if two workers picked up the same queue.
    for callback in queued + queued:
        callback()

    renders = PdfRender.objects.order_by("revision_id")
    assert [render.attempts for render in renders] == [1, 1]
    assert PublicationPDF.objects.count() == 2
    assert PublicationPDF.objects.values("revision").distinct().count() == 2


@pytest.mark.django_db
def test_a_render_claimed_by_another_worker_is_left_alone(fact_sheet_index):
    page = FactSheetPageFactory(parent=fact_sheet_index, live=False)
    revision = page.save_revision()
    PdfRender.objects.create(
        page=page, revision=revision, fingerprint=_fingerprint(), status=PdfRender.Status.RENDERING
    )
    assert pdf_render_revision(revision_id=revision.pk) is None
    assert not PublicationPDF.objects.exists()


@pytest.mark.django_db
def test_a_stuck_claim_is_taken_over(fact_sheet_index, settings):
    page = FactSheetPageFactory(parent=fact_sheet_index, live=False)
    revision = page.save_revision()
    render = PdfRender.objects.create(
        page=page, revision=revision, fingerprint=_fingerprint(), status=PdfRender.Status.RENDERING
    )
    long_ago = timezone.now() - datetime.timedelta(seconds=settings.IQ_PDF_RENDER_TIMEOUT_SECONDS * 3)
    PdfRender.objects.filter(pk=render.pk).update(updated_at=long_ago)
    assert pdf_render_revision(revision_id=revision.pk) is not None


@pytest.mark.django_db(transaction=True)
def test_failed_render_is_retried_later_with_backoff_and_then_given_up(fact_sheet_index, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.IQ_PDF_RENDER_TIMEOUT_SECONDS = 0.001  # every render is killed
    settings.IQ_PDF_MAX_ATTEMPTS = 2
    page = FactSheetPageFactory(parent=fact_sheet_index, live=False)
    with publishing_authorised():
        page.save_revision().publish()

    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")

    jobs = list(DBTaskResult.objects.filter(task_path="pdfexport.jobs.render_revision_pdf").order_by("enqueued_at"))
    assert [job.args_kwargs["kwargs"].get("attempt", 1) for job in jobs] == [1, 2]
    assert jobs[0].status == "FAILED"
    retry = jobs[1]
    delay = (retry.run_after - jobs[0].finished_at).total_seconds()
    assert settings.IQ_PDF_RETRY_BASE_SECONDS - 5 <= delay <= settings.IQ_PDF_RETRY_BASE_SECONDS + 5
    assert retry.status == "READY", "the retry waits for its time"

    # The last allowed attempt fails for good and schedules nothing more.
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")
    assert DBTaskResult.objects.filter(task_path="pdfexport.jobs.render_revision_pdf").count() == 2
    assert PdfRender.objects.get().status == PdfRender.Status.FAILED


def _fingerprint() -> str:
    from pdfexport.fingerprint import print_fingerprint

    return print_fingerprint()
