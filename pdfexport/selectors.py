"""Read-only queries about stored PDFs."""

from wagtail.models import Page

from .models import PdfRender, PublicationPDF


def pdf_for_live_revision(*, page: Page) -> PublicationPDF | None:
    """The newest PDF of the page's live revision, whatever template fingerprint
    it was rendered with: a stale layout is better than no download."""
    if not page.live or page.live_revision_id is None:
        return None
    return PublicationPDF.objects.filter(revision_id=page.live_revision_id).order_by("-created_at").first()


def pdf_render_state(*, page: Page) -> PdfRender | None:
    if page.live_revision_id is None:
        return None
    return PdfRender.objects.filter(revision_id=page.live_revision_id).order_by("-updated_at").first()


def pdf_page_models() -> list[type[Page]]:
    """Every page type that offers a PDF (publications and their parts, e.g. articles)."""
    from wagtail.models import get_page_models

    from .routes import PdfRouteMixin

    return [model for model in get_page_models() if issubclass(model, PdfRouteMixin)]
