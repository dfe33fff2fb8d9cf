"""Admin views: reviewer proofs of drafts and the archive of a page's PDFs."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_http_methods

from wagtail.models import Page

from .models import PdfKind, PdfRender, PublicationPDF
from .proofs import proof_pdf, proof_request, proof_rerender, proof_user_may_see
from .publication import is_publication
from .serving import pdf_response
from .validation import pdfua_stored_rules_broken


def _page_for(request: HttpRequest, page_id: int) -> Page:
    page = get_object_or_404(Page, pk=page_id).specific
    if not is_publication(page) or not proof_user_may_see(page=page, user=request.user):
        raise PermissionDenied("Nur wer die Seite bearbeiten oder prüfen darf, sieht ihre PDFs.")
    return page


@require_http_methods(["GET", "POST"])
def proof_status(request: HttpRequest, page_id: int) -> HttpResponse:
    page = _page_for(request, page_id)
    if request.method == "POST":
        proof_rerender(page=page)
        return redirect("pdfexport_admin:proof", page_id=page.pk)
    render = proof_request(page=page)
    pending = render.status in (PdfRender.Status.QUEUED, PdfRender.Status.RENDERING)
    proof = proof_pdf(page=page, revision_id=render.revision_id)
    response = TemplateResponse(
        request,
        "pdfexport/admin/proof_status.html",
        {
            "page": page,
            "render": render,
            "pending": pending,
            "proof": proof,
            "proof_rules_broken": pdfua_stored_rules_broken(pdf=proof) if proof else [],
            "header_title": f"PDF-Vorschau: {page.get_admin_display_title()}",
            "page_title": f"PDF-Vorschau: {page.get_admin_display_title()}",
        },
    )
    patch_cache_control(response, no_store=True)
    return response


def proof_download(request: HttpRequest, page_id: int, revision_id: int) -> HttpResponse:
    page = _page_for(request, page_id)
    pdf = proof_pdf(page=page, revision_id=revision_id)
    if pdf is None:
        raise Http404("Für diese Revision gibt es noch keine PDF-Vorschau.")
    response = pdf_response(request=request, page=page, pdf=pdf, filename=page.pdf_filename(suffix="_ENTWURF"))
    patch_cache_control(response, private=True, no_store=True)
    return response


def archive(request: HttpRequest, page_id: int) -> HttpResponse:
    page = _page_for(request, page_id)
    pdfs = (
        # Originals and stamped PDFs of withdrawals; the original stays listed after a withdrawal.
        PublicationPDF.objects.filter(page_id=page.pk, kind__in=(PdfKind.PUBLICATION, PdfKind.WITHDRAWN))
        .select_related("revision", "revision__user")
        .order_by("-created_at")
    )
    failures = PdfRender.objects.filter(page_id=page.pk, status=PdfRender.Status.FAILED).select_related("revision")
    return TemplateResponse(
        request,
        "pdfexport/admin/archive.html",
        {
            "page": page,
            # Each with what the independent PDF/UA-1 validator found, in German.
            "rows": [(pdf, pdfua_stored_rules_broken(pdf=pdf)) for pdf in pdfs],
            "failures": failures,
            "header_title": f"PDF-Archiv: {page.get_admin_display_title()}",
            "page_title": f"PDF-Archiv: {page.get_admin_display_title()}",
        },
    )


def archive_download(request: HttpRequest, page_id: int, pdf_id: int) -> HttpResponse:
    page = _page_for(request, page_id)
    pdf = get_object_or_404(PublicationPDF, pk=pdf_id, page_id=page.pk)
    suffix = f"_{pdf.created_at.date().isoformat()}"
    if pdf.kind == PdfKind.WITHDRAWN:
        suffix += "_zurueckgezogen"
    response = pdf_response(request=request, page=page, pdf=pdf, filename=page.pdf_filename(suffix=suffix))
    patch_cache_control(response, private=True, no_cache=True)
    return response
