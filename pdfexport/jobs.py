"""Background jobs of the PDF pipeline (Django tasks API)."""

import datetime
import logging

from django.conf import settings
from django.utils import timezone

from django_tasks import task
from django_tasks_db import DatabaseBackend

from .models import PdfKind
from .requeue import pdf_requeue_stale
from .revision_render import PdfRenderError, pdf_render_revision

logger = logging.getLogger(__name__)


@task()
def render_revision_pdf(revision_id: int, kind: str = PdfKind.PUBLICATION, attempt: int = 1) -> str | None:
    """Render the PDF of one revision; idempotent, returns its SHA-256.

    A failed render is retried with exponential backoff up to
    ``IQ_PDF_MAX_ATTEMPTS`` times, where the backend can schedule jobs.
    Before it starts, the renders of workers that died are queued again
    (``requeue.py``): a worker that is busy would otherwise wait for cron.
    """
    _requeue_lost_renders()
    try:
        pdf = pdf_render_revision(revision_id=revision_id, kind=kind)
    except PdfRenderError as exc:
        _retry_later(revision_id=revision_id, kind=kind, attempt=attempt, error=exc)
        raise
    return pdf.sha256 if pdf else None


def _requeue_lost_renders() -> None:
    if not isinstance(render_revision_pdf.get_backend(), DatabaseBackend):
        return  # only the database queue has jobs that a dead worker leaves behind
    try:
        pdf_requeue_stale(task=render_revision_pdf)
    except Exception:  # recovering other renders must never fail this one
        logger.exception("Could not queue the renders of lost workers again")


def _retry_later(*, revision_id: int, kind: str, attempt: int, error: PdfRenderError) -> None:
    if not error.retryable or attempt >= settings.IQ_PDF_MAX_ATTEMPTS:
        logger.error("Giving up on the PDF of revision %s after %s attempt(s)", revision_id, attempt)
        return
    if not render_revision_pdf.get_backend().supports_defer:
        return  # an immediate backend cannot wait; the next publish or pdf_rebuild tries again
    delay = settings.IQ_PDF_RETRY_BASE_SECONDS * 2 ** (attempt - 1)
    render_revision_pdf.using(run_after=timezone.now() + datetime.timedelta(seconds=delay)).enqueue(
        revision_id=revision_id, kind=kind, attempt=attempt + 1
    )
