"""Turning a page revision into a stored PDF: the work the render job does.

It runs in the worker (``jobs.py``), never in a reader's request, and every
render runs in a bounded child process (``isolation.py``). Idempotent per
(revision, print fingerprint, print-HTML hash, kind). Queueing a render is
``services.py``.
"""

import hashlib
import logging

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string

from wagtail.models import Page, Revision

from .fingerprint import print_fingerprint
from .isolation import IsolatedResult, RenderLimitExceeded, render_isolated
from .leases import lease_claim, lease_heartbeat
from .models import PdfKind, PdfRender, PublicationPDF, pdf_upload_to
from .print_language import print_language_active, print_language_tag
from .rendering import RenderInputTooLarge
from .storage import storage_put_atomic
from .validation import pdfua_apply, pdfua_validate

logger = logging.getLogger(__name__)


class PdfRenderError(Exception):
    """A render failed; ``str()`` is a message an editor can act on (German)."""

    def __init__(self, message: str, *, retryable: bool) -> None:
        super().__init__(message)
        self.retryable = retryable


def pdf_print_html(*, page: Page, revision: Revision, kind: str = PdfKind.PUBLICATION) -> str:
    """The print HTML of ``page`` as it is in ``revision``, in the language of its locale."""
    with print_language_active(page=page):
        context = page.get_print_context(revision=revision)
        context["is_proof"] = kind == PdfKind.PROOF
        context["document_language"] = print_language_tag(page=page)
        if kind == PdfKind.WITHDRAWN:
            context["withdrawal_notice"] = page.pdf_withdrawal_notice()
            if context["withdrawal_notice"] is None:
                raise ValueError(
                    "Die Seite ist nicht zurückgezogen; ein PDF mit Rückzugshinweis gibt es nur für zurückgezogene "
                    "Seiten."
                )
        return render_to_string(page.get_print_template(), context)


def pdf_render_revision(*, revision_id: int, kind: str = PdfKind.PUBLICATION) -> PublicationPDF | None:
    """Render and store the PDF of one revision; returns the stored PDF.

    Returns the existing PDF when this revision was already rendered with the
    current print layer and the same print HTML (a composite document such as a
    magazine issue changes its HTML when an included page is republished).
    Returns None when another worker is rendering the same revision right now
    (it holds a lease that has not lapsed, ``leases.py``).
    Raises ``PdfRenderError`` with an editor-facing message when rendering
    fails; earlier PDFs are never touched.
    """
    revision = Revision.page_revisions.select_related("content_type").get(pk=revision_id)
    fingerprint = print_fingerprint()
    render, _ = PdfRender.objects.get_or_create(
        revision=revision, fingerprint=fingerprint, kind=kind, defaults={"page_id": revision.object_id}
    )
    page = revision.as_object()
    try:
        html = pdf_print_html(page=page, revision=revision, kind=kind)
    except Exception as exc:
        raise _failed(render, exc, revision_id=revision_id) from exc
    source_sha256 = hashlib.sha256(html.encode("utf-8")).hexdigest()
    existing = PublicationPDF.objects.filter(
        revision=revision, fingerprint=fingerprint, source_sha256=source_sha256, kind=kind
    ).first()
    if existing is not None:
        _mark(render, status=PdfRender.Status.READY, pdf=existing, error_message="")
        return existing
    token = lease_claim(render_id=render.pk)
    if token is None:
        logger.info("Revision %s is being rendered by another worker", revision_id)
        return None

    try:
        with lease_heartbeat(render_id=render.pk, token=token):
            result = render_isolated(
                html=html,
                epoch=int(revision.created_at.timestamp()),
                timeout_seconds=settings.IQ_PDF_RENDER_TIMEOUT_SECONDS,
                memory_mb=settings.IQ_PDF_RENDER_MEMORY_MB,
                cpu_seconds=settings.IQ_PDF_RENDER_CPU_SECONDS,
            )
    except Exception as exc:
        raise _failed(render, exc, revision_id=revision_id) from exc

    pdf = _store(
        page=page, revision=revision, fingerprint=fingerprint, source_sha256=source_sha256, kind=kind, result=result
    )
    _mark(render, status=PdfRender.Status.READY, pdf=pdf, error_message="", untagged_fallback=result.untagged_fallback)
    logger.info(
        "PDF %s of revision %s (%s): %s pages, %s KB",
        kind,
        revision_id,
        page.title,
        pdf.page_count,
        round(pdf.byte_size / 1024),
    )
    return pdf


def _failed(render: PdfRender, exc: Exception, *, revision_id: int) -> PdfRenderError:
    """Record the failure where editors see it and return the error to raise."""
    retryable = True
    if isinstance(exc, RenderInputTooLarge):
        message, retryable = str(exc), False
    elif isinstance(exc, RenderLimitExceeded):
        message = f"{exc} Inhalt und frühere PDFs sind unverändert; der Auftrag wird wiederholt."
    else:
        logger.error("PDF render of revision %s failed: %s", revision_id, exc, exc_info=exc)
        message = (
            f"Das PDF konnte nicht erstellt werden ({exc.__class__.__name__}: {exc}). "
            "Inhalt und frühere PDFs sind unverändert; bitte die Technik informieren."
        )
    _mark(render, status=PdfRender.Status.FAILED, error_message=message)
    return PdfRenderError(message, retryable=retryable)


def _store(
    *, page: Page, revision: Revision, fingerprint: str, source_sha256: str, kind: str, result: IsolatedResult
) -> PublicationPDF:
    """Store the bytes content-addressed and record them in one step.

    The file is complete under its final name before the row that points at it
    exists, so no reader can reach a half-written PDF.
    """
    content = result.rendered.content
    pdf = PublicationPDF(
        kind=kind,
        page_id=page.pk,
        revision=revision,
        fingerprint=fingerprint,
        source_sha256=source_sha256,
        sha256=hashlib.sha256(content).hexdigest(),
        page_count=result.rendered.page_count,
        byte_size=len(content),
        tagged=result.rendered.tagged,
    )
    # Before the row exists, so that its first save (which the catalogue hears) carries the result.
    pdfua_apply(pdf=pdf, result=pdfua_validate(content=content))
    pdf.file.name = storage_put_atomic(storage=default_storage, name=pdf_upload_to(pdf, ""), content=content)
    try:
        with transaction.atomic():
            pdf.save()
    except IntegrityError:
        # Another worker stored this very PDF first; its row is as good as ours.
        return PublicationPDF.objects.get(
            revision=revision, fingerprint=fingerprint, source_sha256=source_sha256, kind=kind
        )
    return pdf


def _mark(render: PdfRender, **changes) -> None:
    for field, value in changes.items():
        setattr(render, field, value)
    render.save(update_fields=[*changes, "updated_at"])
