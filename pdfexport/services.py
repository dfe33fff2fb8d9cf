"""Queueing PDF renders: what the rest of the system calls when a revision
needs a PDF. The work itself is ``revision_render.py``, run by ``jobs.py``."""

from django.db import transaction

from wagtail.models import Page, Revision

from .fingerprint import print_fingerprint
from .jobs import render_revision_pdf
from .models import PdfKind, PdfRender


def pdf_enqueue_render(*, revision: Revision, kind: str = PdfKind.PUBLICATION) -> PdfRender:
    """Queue the render of ``revision`` once the surrounding transaction commits,
    so the worker never sees a revision that was rolled back, and publishing
    never waits for WeasyPrint."""
    render, _ = PdfRender.objects.get_or_create(
        revision=revision, fingerprint=print_fingerprint(), kind=kind, defaults={"page_id": revision.object_id}
    )
    transaction.on_commit(lambda: render_revision_pdf.enqueue(revision_id=revision.pk, kind=kind))
    return render


def pdf_enqueue_live(*, page: Page, revision: Revision) -> None:
    """Queue what readers and the archive need of a newly live revision: the
    original always, and the stamped PDF as well while the page is withdrawn."""
    for kind in page.pdf_live_kinds():
        pdf_enqueue_render(revision=revision, kind=kind)
