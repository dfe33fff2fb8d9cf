"""English editions (wagtail-localize translations) go through their type's review workflow.

wagtail-localize replaces the page editor of a translation with its own
translation editor (its ``before_edit_page`` hook). That editor's "Publish in
English" saves the translation with ``publish=True`` and publishes on commit;
for a type under a review workflow the publish guard refuses that
(``PublishRefused``) and the translator got a bare 403. This hook runs before
wagtail-localize's (``order=-1``) and, for pages under a workflow:

- turns "publish" into saving the translation as a draft (a new revision), with
  a German message that the English edition goes through the review workflow;
- accepts the page editor's "submit for review" (``action-submit``): the
  translation is saved as a draft and the workflow started (or resumed after
  "needs changes"), as Wagtail's edit view does for German pages;
- on GET tells the translator the same, with a button to submit, and where the
  review stands (``editor_hooks.explain_review_state``, which wagtail-localize's
  response would otherwise skip).

wagtail-localize's "Synchronisiere übersetzte Seiten" (update translations) has
a checkbox "Sofort veröffentlichen" that publishes the same way;
``sync_publish_install`` makes it update the English drafts instead, with the
same message, for pages under a workflow.

Pages without a workflow keep wagtail-localize's own publishing.
"""

import contextlib

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import reverse

from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page, WorkflowState

from wagtail_localize.models import SourceDeletedError, Translation

TRANSLATION_GOES_THROUGH_REVIEW = (
    "Die englische Fassung wurde gespeichert. Veröffentlicht wird sie wie jede Publikation über den Prüfablauf: "
    "öffnen Sie die Seite im Seiten-Editor und reichen Sie sie zur Prüfung ein."
)
TRANSLATION_REVIEW_NOTE = (
    "Englische Fassungen werden wie deutsche über den Prüfablauf „{workflow}“ veröffentlicht. "
    "Wenn alle Abschnitte übersetzt sind, reichen Sie die Fassung zur Prüfung ein."
)
SUBMIT_LABEL = "Zur Prüfung einreichen"
SYNC_NOT_PUBLISHED = (
    "Die Übersetzungen wurden aktualisiert, aber nicht veröffentlicht: Englische Fassungen gehen wie jede "
    "Publikation über den Prüfablauf. Öffnen Sie die englische Seite im Seiten-Editor und reichen Sie sie zur "
    "Prüfung ein."
)


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


@hooks.register("before_edit_page", order=-1)
def translation_editor_goes_through_review(request, page):
    workflow = page.get_workflow()
    if workflow is None:
        return None
    translation = page_translation(page)
    if translation is None:
        return None
    if request.method == "POST":
        if request.POST.get("action") == "publish" or "action-publish" in request.POST:
            return _save_instead_of_publishing(request, page=page, translation=translation)
        if "action-submit" in request.POST:
            return translation_submit(request, page=page, translation=translation)
        return None
    # wagtail-localize answers this request, so the workflow's own editor hooks never see it: the
    # state of the review (a rejection with the check report, running checks) is told here.
    from .editor_hooks import explain_review_state  # editor_hooks imports the admin URLs, which import this

    explain_review_state(request, page)
    _explain_review(request, page=page, workflow=workflow)
    return None


def _save_instead_of_publishing(request, *, page: Page, translation: Translation):
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit():
        raise PermissionDenied
    if permissions.page_locked():
        messages.error(
            request, f"„{page.get_admin_display_title()}“ ist gesperrt (z. B. in Prüfung) und wurde nicht gespeichert."
        )
        return redirect(request.path)
    translation.save_target(user=request.user, publish=False)
    messages.warning(request, TRANSLATION_GOES_THROUGH_REVIEW, buttons=_submit_buttons(request, page))
    return redirect(request.path)


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


def _submit_buttons(request, page: Page) -> list:
    if not page.permissions_for_user(request.user).can_submit_for_moderation():
        return []
    if WorkflowState.objects.active().for_instance(page).exclude(status=WorkflowState.STATUS_NEEDS_CHANGES).exists():
        return []
    return [messages.button(reverse("workflows_admin:translation_submit", args=[page.pk]), SUBMIT_LABEL)]


def _explain_review(request, *, page: Page, workflow) -> None:
    messages.info(
        request, TRANSLATION_REVIEW_NOTE.format(workflow=workflow.name), buttons=_submit_buttons(request, page)
    )


def translation_submit_view(request, page_id: int):
    """The translation editor has no "submit" button of its own: this page asks and submits."""
    from django.shortcuts import get_object_or_404
    from django.template.response import TemplateResponse

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


def sync_publish_install() -> None:
    """Make "Sofort veröffentlichen" of wagtail-localize's update view save drafts for pages under a
    workflow. Its ``form_valid`` publishes on commit, past which the publish guard's refusal would
    surface as a 403; no hook or setting reaches it. Idempotent."""
    from wagtail_localize.views.update_translations import UpdateTranslationsView

    if getattr(UpdateTranslationsView.form_valid, "_iq_guarded", False):
        return
    wagtail_localize_form_valid = UpdateTranslationsView.form_valid

    def form_valid(self, form):
        held = form.cleaned_data.get("publish_translations") and _translations_under_workflow(self.object)
        if not held:
            return wagtail_localize_form_valid(self, form)
        form.cleaned_data["publish_translations"] = False
        response = wagtail_localize_form_valid(self, form)
        # What "publish" would have put live, saved as the English drafts (German text where not translated yet).
        for translation in held:
            with contextlib.suppress(ValidationError):
                translation.save_target(user=self.request.user, publish=False)
        messages.warning(self.request, SYNC_NOT_PUBLISHED)
        return response

    form_valid._iq_guarded = True
    UpdateTranslationsView.form_valid = form_valid


def _translations_under_workflow(source) -> list[Translation]:
    held = []
    for translation in source.translations.filter(enabled=True).select_related("source", "target_locale"):
        try:
            target = translation.get_target_instance()
        except (ObjectDoesNotExist, SourceDeletedError):  # nothing there to publish
            continue
        if isinstance(target, Page) and target.get_workflow() is not None:
            held.append(translation)
    return held
