"""Turning page revisions into stored PDFs.

Rendering runs in the worker (``tasks.py``), never in a reader's request. Every
function here is idempotent per (revision, print fingerprint).
"""

import hashlib
import logging

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string

from wagtail.models import Page, Revision

from .fingerprint import print_fingerprint
from .models import PdfRender, PublicationPDF, pdf_upload_to
from .rendering import RenderedPDF, RenderInputTooLarge, html_render_pdf

logger = logging.getLogger(__name__)


class PdfRenderError(Exception):
    """A render failed; ``str()`` is a message an editor can act on (German)."""


def pdf_print_html(*, page: Page, revision: Revision) -> str:
    """The print HTML of ``page`` as it is in ``revision``."""
    context = page.get_print_context(revision=revision)
    return render_to_string(page.get_print_template(), context)


def pdf_enqueue_render(*, revision: Revision) -> None:
    """Queue the render of ``revision`` once the surrounding transaction commits,
    so the worker never sees a revision that was rolled back, and publishing
    never waits for WeasyPrint."""
    from .tasks import render_revision_pdf

    PdfRender.objects.get_or_create(
        revision=revision,
        fingerprint=print_fingerprint(),
        defaults={"page_id": revision.object_id},
    )
    transaction.on_commit(lambda: render_revision_pdf.enqueue(revision_id=revision.pk))


def pdf_render_revision(*, revision_id: int) -> PublicationPDF:
    """Render and store the PDF of one revision; returns the stored PDF.

    Returns the existing PDF when this revision was already rendered with the
    current print layer and the same print HTML (a composite document such as a
    magazine issue changes its HTML when an included page is republished).
    Raises ``PdfRenderError`` with an editor-facing message when rendering
    fails; earlier PDFs are never touched.
    """
    revision = Revision.page_revisions.select_related("content_type").get(pk=revision_id)
    fingerprint = print_fingerprint()
    render, _ = PdfRender.objects.get_or_create(
        revision=revision, fingerprint=fingerprint, defaults={"page_id": revision.object_id}
    )
    page = revision.as_object()
    try:
        html = pdf_print_html(page=page, revision=revision)
    except Exception as exc:
        raise _failed(render, exc, revision_id=revision_id) from exc
    source_sha256 = hashlib.sha256(html.encode("utf-8")).hexdigest()
    existing = PublicationPDF.objects.filter(
        revision=revision, fingerprint=fingerprint, source_sha256=source_sha256
    ).first()
    if existing is not None:
        _mark(render, status=PdfRender.Status.READY, pdf=existing, error_message="")
        return existing

    _mark(render, status=PdfRender.Status.RENDERING, attempts=render.attempts + 1)
    try:
        rendered = html_render_pdf(html=html, epoch=int(revision.created_at.timestamp()))
    except Exception as exc:
        raise _failed(render, exc, revision_id=revision_id) from exc

    pdf = pdf_store(
        page=page, revision=revision, fingerprint=fingerprint, source_sha256=source_sha256, rendered=rendered
    )
    _mark(render, status=PdfRender.Status.READY, pdf=pdf, error_message="")
    return pdf


def _failed(render: PdfRender, exc: Exception, *, revision_id: int) -> PdfRenderError:
    """Record the failure where editors see it and return the error to raise."""
    if isinstance(exc, RenderInputTooLarge):
        message = str(exc)
    else:
        logger.exception("PDF render of revision %s failed", revision_id)
        message = (
            f"Das PDF konnte nicht erstellt werden ({exc.__class__.__name__}: {exc}). "
            "Inhalt und frühere PDFs sind unverändert; bitte die Technik informieren."
        )
    _mark(render, status=PdfRender.Status.FAILED, error_message=message)
    return PdfRenderError(message)


def pdf_store(
    *, page: Page, revision: Revision, fingerprint: str, source_sha256: str, rendered: RenderedPDF
) -> PublicationPDF:
    """Store the bytes content-addressed and record them.

    The file is complete before the row that points at it exists, so no reader
    can reach a half-written PDF.
    """
    sha256 = hashlib.sha256(rendered.content).hexdigest()
    pdf = PublicationPDF(
        page_id=page.pk,
        revision=revision,
        fingerprint=fingerprint,
        source_sha256=source_sha256,
        sha256=sha256,
        page_count=rendered.page_count,
        byte_size=len(rendered.content),
        tagged=rendered.tagged,
    )
    name = pdf_upload_to(pdf, "")
    if not default_storage.exists(name):
        name = default_storage.save(name, ContentFile(rendered.content))
    pdf.file.name = name
    try:
        with transaction.atomic():
            pdf.save()
    except IntegrityError:
        # Another worker stored this revision first; its row is as good as ours.
        return PublicationPDF.objects.get(revision=revision, fingerprint=fingerprint, source_sha256=source_sha256)
    return pdf


def _mark(render: PdfRender, **changes) -> None:
    for field, value in changes.items():
        setattr(render, field, value)
    render.save(update_fields=[*changes, "updated_at"])
