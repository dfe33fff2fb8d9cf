"""„Freigabe bis“: the editor sets by when a run in review should be approved.

A page of its own rather than a field of the edit form: the form differs per
page type, and the date belongs to the run, not to a revision. The editor gets
there from a message with a button above the edit form while the publication
is in review (``hooks.py``).
"""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from wagtail.admin import messages
from wagtail.models import Page, WorkflowState

from workflows.models import ReleaseBy

from .services import day_text, release_by_set

TITLE = "Freigabe bis"


class ReleaseByForm(forms.Form):
    release_by = forms.DateField(
        label="Freigabe bis",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=(
            "Bis zu diesem Arbeitstag soll die Publikation freigegeben sein. Der letzte Prüfschritt ist dann "
            "fällig, frühere Schritte spätestens dann."
        ),
    )


def release_by_view(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied("Nur wer die Seite bearbeiten darf, setzt „Freigabe bis“.")
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    state = WorkflowState.objects.active().for_instance(page).filter(status=WorkflowState.STATUS_IN_PROGRESS).first()
    if state is None:
        messages.error(request, "Die Publikation ist nicht in Prüfung; „Freigabe bis“ lässt sich nicht setzen.")
        return redirect(edit_url)
    current = ReleaseBy.objects.filter(workflow_state=state).first()
    form = ReleaseByForm(request.POST or None, initial={"release_by": current.due_on if current else None})
    if request.method == "POST" and form.is_valid():
        try:
            release_by = release_by_set(workflow_state=state, due_on=form.cleaned_data["release_by"], user=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, f"„Freigabe bis“ ist jetzt der {day_text(release_by.due_on)}.")
            return redirect(edit_url)
    title = f"{TITLE}: {page.get_admin_display_title()}"
    return TemplateResponse(
        request,
        "workflows/admin/release_by.html",
        {"page": page, "form": form, "header_title": title, "page_title": title},
    )
