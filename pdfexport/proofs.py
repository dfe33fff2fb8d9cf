"""Reviewer proofs: watermarked PDFs of draft revisions, rendered in the worker."""

from wagtail.models import Page

from .fingerprint import print_fingerprint
from .models import PdfKind, PdfRender, PublicationPDF
from .services import pdf_enqueue_render


def proof_user_may_see(*, page: Page, user) -> bool:
    """Editors of the page and reviewers of its current workflow task: Wagtail's
    ``can_edit`` covers both."""
    return page.permissions_for_user(user).can_edit()


def proof_request(*, page: Page) -> PdfRender:
    """The proof state of the page's newest revision, queuing its render if it
    has none for the current print layer. Rendered once per revision."""
    revision = page.latest_revision
    render = PdfRender.objects.filter(revision=revision, fingerprint=print_fingerprint(), kind=PdfKind.PROOF).first()
    if render is None:
        render = pdf_enqueue_render(revision=revision, kind=PdfKind.PROOF)
    return render


def proof_rerender(*, page: Page) -> PdfRender:
    """Queue the proof again, e.g. after a failure; a finished proof is reused."""
    return pdf_enqueue_render(revision=page.latest_revision, kind=PdfKind.PROOF)


def proof_pdf(*, page: Page, revision_id: int) -> PublicationPDF | None:
    return (
        PublicationPDF.objects.filter(page_id=page.pk, revision_id=revision_id, kind=PdfKind.PROOF)
        .order_by("-created_at")
        .first()
    )
