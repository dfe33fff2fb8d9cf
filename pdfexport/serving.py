"""HTTP responses of the ``pdf/`` routes: a stored PDF, or the page that says one is coming."""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control

from wagtail.models import Page

from .downloads.counting import download_is_reader_route
from .fast_path import fast_path_remember
from .file_response import StoredFile, file_response
from .models import PdfKind, PdfRender, PublicationPDF

PENDING_RETRY_SECONDS = 30


def pdf_response(
    *,
    request: HttpRequest,
    page: Page,
    pdf: PublicationPDF,
    filename: str,
    immutable: bool = False,
    remember: bool = False,
) -> HttpResponse:
    """Serve ``pdf`` of ``page``. ``immutable`` for URLs that name the file by its hash.

    Public downloads are remembered for the fast path (``fast_path.py``), unless
    ``remember`` is off: an interim PDF must not outlive the render that replaces it.
    """
    restricted = page.get_view_restrictions().exists()
    stored = StoredFile.of(pdf)
    if remember and not restricted:
        fast_path_remember(request=request, page_id=page.pk, stored=stored, filename=filename, immutable=immutable)
    # Only readers' downloads of public PDFs count: not proofs, the admin archive or restricted pages.
    counted = not restricted and pdf.kind != PdfKind.PROOF and download_is_reader_route(request)
    return file_response(
        request=request,
        stored=stored,
        filename=filename,
        restricted=restricted,
        immutable=immutable,
        count_page_id=page.pk if counted else None,
    )


def pdf_pending_response(*, request: HttpRequest, page: Page, render: PdfRender | None) -> HttpResponse:
    """What a reader gets while the live revision has no PDF yet: a page that says
    so, not an error and not a stale file of other content."""
    failed = render is not None and render.status == PdfRender.Status.FAILED
    response = TemplateResponse(
        request,
        "pdfexport/pdf_pending.html",
        {"page": page, "failed": failed, "retry_seconds": PENDING_RETRY_SECONDS},
        status=503,
    )
    response["Retry-After"] = str(PENDING_RETRY_SECONDS)
    patch_cache_control(response, no_store=True)
    return response


def pdf_edition_gone_response(*, request: HttpRequest, page: Page) -> HttpResponse:
    """What a reader gets for an earlier edition that binds a page no longer public
    (``composite.py``): 410, and a way to the current edition and the web page."""
    may_use_archive = request.user.has_perm("wagtailadmin.access_admin")
    response = TemplateResponse(
        request,
        "pdfexport/pdf_edition_gone.html",
        {
            "page": page,
            "archive_url": reverse("pdfexport_admin:archive", args=[page.pk]) if may_use_archive else "",
        },
        status=410,
    )
    # It may become public again (the page republished), and it is no one's to keep.
    patch_cache_control(response, no_store=True)
    return response
