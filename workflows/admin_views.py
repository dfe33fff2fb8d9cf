"""Admin views of the workflows: the report of the automated checks."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from wagtail.models import Page

from .checks import CheckReport
from .models import CheckRun


def check_report(request: HttpRequest, page_id: int) -> HttpResponse:
    """The newest check report of a page: what is wrong, where, how to fix it."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied("Nur wer die Seite bearbeiten oder prüfen darf, sieht ihren Prüfbericht.")
    run = (
        CheckRun.objects.filter(
            revision__object_id=str(page.pk), revision__base_content_type=page.get_base_content_type()
        )
        .select_related("revision__user")
        .order_by("-created_at", "-pk")
        .first()
    )
    report = CheckReport.from_dict(run.report) if run else None
    return TemplateResponse(
        request,
        "workflows/admin/check_report.html",
        {
            "page": page,
            "run": run,
            "report": report,
            "header_title": f"Prüfbericht: {page.get_admin_display_title()}",
            "page_title": f"Prüfbericht: {page.get_admin_display_title()}",
        },
    )
