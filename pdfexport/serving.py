"""HTTP responses for stored PDFs."""

from django.http import FileResponse, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from wagtail.models import Page

from .models import PdfRender, PublicationPDF

PENDING_RETRY_SECONDS = 30


def pdf_response(*, request: HttpRequest, page: Page, pdf: PublicationPDF, filename: str) -> HttpResponse:
    etag = f'"{pdf.sha256}"'
    last_modified = pdf.created_at.timestamp()
    not_modified = get_conditional_response(request, etag=etag, last_modified=int(last_modified))
    if not_modified is not None:
        _cache_headers(not_modified, page=page)
        return not_modified
    response = FileResponse(pdf.file.open("rb"), content_type="application/pdf", as_attachment=True, filename=filename)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    response["Content-Length"] = str(pdf.byte_size)
    _cache_headers(response, page=page)
    return response


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


def _cache_headers(response: HttpResponse, *, page: Page) -> None:
    if page.get_view_restrictions().exists():
        # A restricted page's PDF must never sit in a shared cache.
        patch_cache_control(response, private=True, no_cache=True)
    else:
        # The live URL changes content on republish: revalidate cheaply via ETag.
        patch_cache_control(response, public=True, max_age=300)
