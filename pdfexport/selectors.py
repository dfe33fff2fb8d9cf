"""Read-only queries about stored PDFs."""

import datetime

from django.db.models import Max

from wagtail.models import Page

from .models import PdfKind, PdfRender, PublicationPDF


def _of_kind(page: Page, kind: str):
    return PublicationPDF.objects.filter(page_id=page.pk, kind=kind)


def _published(page: Page):
    """Originals: earlier editions and edition URLs never serve a stamped or draft PDF."""
    return _of_kind(page, PdfKind.PUBLICATION)


def pdf_for_live_revision(*, page: Page, kind: str = PdfKind.PUBLICATION) -> PublicationPDF | None:
    """The PDF of the page's live revision that its last finished render made or
    found, else the newest one, whatever template fingerprint it was rendered
    with: a stale layout is better than no download. ``kind`` is what ``pdf/``
    serves (``page.pdf_live_kind()``)."""
    if not page.live or page.live_revision_id is None:
        return None
    # A composite (an issue) has a PDF per state of its parts, all of one revision:
    # after an article is restricted and released again the render finds the first
    # PDF again, which is then not the newest.
    finished = (
        PdfRender.objects.filter(
            revision_id=page.live_revision_id, kind=kind, status=PdfRender.Status.READY, pdf__isnull=False
        )
        .select_related("pdf")
        .order_by("-updated_at")
        .first()
    )
    if finished is not None:
        return finished.pdf
    return _of_kind(page, kind).filter(revision_id=page.live_revision_id).order_by("-created_at").first()


def pdf_last_good(*, page: Page, kind: str = PdfKind.PUBLICATION) -> PublicationPDF | None:
    """The newest PDF of that kind of any revision: what readers get while the
    live revision's PDF is still rendering or failed to render."""
    if not page.live:
        return None
    return _of_kind(page, kind).select_related("revision").order_by("-created_at").first()


def pdf_archive(*, page: Page) -> list[PublicationPDF]:
    """Earlier editions ("Frühere Fassungen"): the newest PDF of each published
    revision other than the live one, newest first."""
    rows = (
        _published(page)
        .exclude(revision_id=page.live_revision_id)
        .exclude(revision__isnull=True)
        .select_related("revision")
        .order_by("-revision__created_at", "-created_at")
    )
    editions: dict[int, PublicationPDF] = {}
    for pdf in rows:
        editions.setdefault(pdf.revision_id, pdf)
    return list(editions.values())


def pdf_published_by_sha(*, page: Page, sha256: str) -> PublicationPDF | None:
    return _published(page).filter(sha256=sha256).select_related("revision").order_by("-created_at").first()


def pdf_render_state(*, page: Page, kind: str = PdfKind.PUBLICATION) -> PdfRender | None:
    if page.live_revision_id is None:
        return None
    return PdfRender.objects.filter(revision_id=page.live_revision_id, kind=kind).order_by("-updated_at").first()


def pdf_lastmod_by_revision(*, revision_ids) -> dict[int, datetime.datetime]:
    """When the PDF a reader gets for each live revision was last made (the
    original or, once withdrawn, the stamped one), in one query."""
    rows = (
        PublicationPDF.objects.filter(revision_id__in=revision_ids, kind__in=(PdfKind.PUBLICATION, PdfKind.WITHDRAWN))
        .values("revision_id")
        .annotate(lastmod=Max("created_at"))
    )
    return {row["revision_id"]: row["lastmod"] for row in rows}
