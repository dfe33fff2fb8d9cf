"""Submitting an English edition (a wagtail-localize translation) to its review workflow.

wagtail-localize's translation editor has no "submit for review" of its own;
``translation_editor.py`` offers this module's submit page as a button and
accepts the page editor's ``action-submit``. A module of its own, so that the
admin URLs can reach the view without importing the editor hooks.
"""

from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from wagtail.admin import messages
from wagtail.models import Page, WorkflowState

from wagtail_localize.models import Translation

SUBMIT_LABEL = "Zur Prüfung einreichen"


def page_translation(page: Page) -> Translation | None:
    """The enabled wagtail-localize translation whose target is ``page``, or None."""
    if page.alias_of_id:
        return None
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def translation_submit(request, *, page: Page, translation: Translation):
    """Save the translation as a draft and submit it to its workflow, as Wagtail's edit view submits."""
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if not page.permissions_for_user(request.user).can_submit_for_moderation():
        messages.error(request, "Sie können diese Seite nicht zur Prüfung einreichen.")
        return redirect(edit_url)
    state = WorkflowState.objects.active().for_instance(page).first()
    if state is not None and state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        messages.warning(request, f"„{page.get_admin_display_title()}“ ist bereits in Prüfung.")
        return redirect(edit_url)
    translation.save_target(user=request.user, publish=False)
    page.refresh_from_db()
    if state is not None:
        state.resume(request.user)
    else:
        page.get_workflow().start(page, request.user)
    title = page.get_admin_display_title()
    messages.success(request, f"Die englische Fassung „{title}“ wurde zur Prüfung eingereicht.")
    return redirect(edit_url)


def submit_buttons(request, page: Page) -> list:
    if not page.permissions_for_user(request.user).can_submit_for_moderation():
        return []
    if WorkflowState.objects.active().for_instance(page).exclude(status=WorkflowState.STATUS_NEEDS_CHANGES).exists():
        return []
    return [messages.button(reverse("workflows_admin:translation_submit", args=[page.pk]), SUBMIT_LABEL)]


def translation_submit_view(request, page_id: int):
    """The translation editor has no "submit" button of its own: this page asks and submits."""
    page = get_object_or_404(Page, pk=page_id).specific
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    translation = page_translation(page)
    if translation is None or page.get_workflow() is None or not page.permissions_for_user(request.user).can_edit():
        messages.error(request, "Diese Seite lässt sich hier nicht zur Prüfung einreichen.")
        return redirect(edit_url)
    if request.method == "POST":
        return translation_submit(request, page=page, translation=translation)
    title = f"{SUBMIT_LABEL}: {page.get_admin_display_title()}"
    return TemplateResponse(
        request,
        "workflows/admin/translation_submit.html",
        {"page": page, "workflow": page.get_workflow(), "header_title": title, "page_title": title},
    )
