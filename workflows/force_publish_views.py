"""Admin views: publishing without the full review, and the retrospective approval.

A refused person gets a 403 page that says why, in German. Raising
``PermissionDenied`` would not do: Wagtail's admin turns it into a redirect
to the dashboard with its generic "no permission" message.
"""

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from wagtail.admin import messages
from wagtail.models import Page, Revision, WorkflowState

from .force_publish import (
    NOT_A_PUBLISHER,
    REASON_MIN_LENGTH,
    REASON_MISSING,
    ForcePublishRefused,
    force_publish,
    force_publish_allowed,
    force_publish_refusal,
    forced_publication_retro_approve,
    reason_problem,
    retro_approval_refusal,
)
from .models import ForcedPublication

FORCE_PUBLISH_TITLE = "Ohne vollständige Prüfung veröffentlichen"
RETRO_APPROVE_TITLE = "Nachträglich freigeben"


class ForcePublishForm(forms.Form):
    reason = forms.CharField(
        label="Begründung",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=(
            f"Pflicht, mindestens {REASON_MIN_LENGTH} Zeichen: Warum kann die Publikation nicht auf die vollständige "
            "Prüfung warten? Die Begründung steht mit Ihrem Namen im Verlauf der Seite und geht an die Freigabe."
        ),
        error_messages={"required": REASON_MISSING},
    )
    #: The revision the administrator saw; a newer one saved meanwhile is not published unseen.
    revision = forms.IntegerField(widget=forms.HiddenInput)

    def clean_reason(self):
        reason = self.cleaned_data["reason"]
        if problem := reason_problem(reason):
            raise forms.ValidationError(problem)
        return reason


class RetroApprovalForm(forms.Form):
    comment = forms.CharField(
        label="Kommentar (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Steht mit Ihrem Namen im Verlauf der Seite.",
    )


def _denied(request: HttpRequest, *, title: str, message: str, page: Page | None) -> HttpResponse:
    return TemplateResponse(
        request,
        "cms/admin/action_denied.html",
        {"page": page, "message": message, "header_title": title, "page_title": title},
        status=403,
    )


@require_http_methods(["GET", "POST"])
def force_publish_view(request: HttpRequest, page_id: int) -> HttpResponse:
    page = get_object_or_404(Page, pk=page_id).specific
    title = f"{FORCE_PUBLISH_TITLE}: {page.get_admin_display_title()}"
    if not force_publish_allowed(user=request.user):
        return _denied(request, title=title, message=NOT_A_PUBLISHER, page=page)
    latest = page.get_latest_revision()
    if request.method == "POST":
        form = ForcePublishForm(request.POST)
        if form.is_valid():
            revision = Revision.page_revisions.filter(pk=form.cleaned_data["revision"], object_id=str(page.pk)).first()
            try:
                record = force_publish(
                    page=page, revision=revision, user=request.user, reason=form.cleaned_data["reason"]
                )
            except ForcePublishRefused as refused:
                form.add_error(None, refused.message)
            else:
                messages.success(
                    request,
                    f"„{page.get_admin_display_title()}“ ist veröffentlicht – ohne vollständige Prüfung. Der Workflow "
                    f"„{record.workflow_name}“ wurde abgebrochen; die Freigabe ist benachrichtigt und gibt "
                    "nachträglich frei.",
                )
                return redirect("wagtailadmin_pages:edit", page.pk)
    else:
        form = ForcePublishForm(initial={"revision": latest.pk if latest else None})
    workflow_state = (
        WorkflowState.objects.active().for_instance(page).select_related("workflow", "current_task_state__task").first()
    )
    return TemplateResponse(
        request,
        "workflows/admin/force_publish.html",
        {
            "page": page,
            "form": form,
            "latest": latest,
            "refusal": force_publish_refusal(page=page, revision=latest),
            "workflow": page.get_workflow(),
            "workflow_state": workflow_state,
            "header_title": title,
            "page_title": title,
        },
    )


@require_http_methods(["GET", "POST"])
def retro_approve_view(request: HttpRequest, record_id: int) -> HttpResponse:
    record = get_object_or_404(
        ForcedPublication.objects.select_related("page", "acted_by", "retro_approved_by", "revision__user"),
        pk=record_id,
    )
    page = record.page.specific
    title = f"{RETRO_APPROVE_TITLE}: {page.get_admin_display_title()}"
    if not record.is_open:
        messages.info(request, retro_approval_refusal(record=record, user=request.user))
        return redirect("wagtailadmin_home")
    if refusal := retro_approval_refusal(record=record, user=request.user):
        return _denied(request, title=title, message=refusal, page=page)
    form = RetroApprovalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            forced_publication_retro_approve(
                record_id=record.pk, user=request.user, comment=form.cleaned_data["comment"]
            )
        except ForcePublishRefused as refused:
            # Someone else signed it off a moment earlier.
            messages.info(request, refused.message)
        else:
            messages.success(request, f"„{page.get_admin_display_title()}“ ist nachträglich freigegeben.")
        return redirect("wagtailadmin_home")
    return TemplateResponse(
        request,
        "workflows/admin/retro_approve.html",
        {"page": page, "record": record, "form": form, "header_title": title, "page_title": title},
    )
