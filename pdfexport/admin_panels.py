"""Dashboard panel: publication PDFs whose newest render failed, for the people
who can do something about them."""

from django.db.models import OuterRef, Subquery

from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import PdfKind, PdfRender


def failed_renders_for(*, user, limit: int = 20) -> list[PdfRender]:
    """Failed renders of live revisions on pages the user may edit, newest first.
    A failure that a later render of the same revision fixed is not listed."""
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change", "publish"])
    newest_state = (
        PdfRender.objects.filter(revision_id=OuterRef("revision_id"), kind=OuterRef("kind"))
        .order_by("-updated_at")
        .values("status")[:1]
    )
    renders = (
        PdfRender.objects.filter(
            # A withdrawn page's readers wait for its stamped PDF, not the original.
            kind__in=(PdfKind.PUBLICATION, PdfKind.WITHDRAWN),
            status=PdfRender.Status.FAILED,
            revision_id=Subquery(Page.objects.filter(pk=OuterRef("page_id")).values("live_revision_id")[:1]),
            page__in=editable,
        )
        .annotate(newest_status=Subquery(newest_state))
        .filter(newest_status=PdfRender.Status.FAILED)
        .select_related("page")
        .order_by("-updated_at")
    )
    return list(renders[:limit])


class FailedPdfRendersPanel(Component):
    name = "failed_pdf_renders"
    template_name = "pdfexport/admin/failed_renders_panel.html"
    order = 90  # above Wagtail's own panels: a missing PDF affects readers now

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["renders"] = failed_renders_for(user=parent_context["request"].user)
        return context
