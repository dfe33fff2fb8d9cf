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
  response would otherwise skip). The note's message class lets
  ``static/workflows/js/translation_editor.js`` relabel the editor's "Publish in
  English" as "Als Entwurf speichern": the label is drawn by wagtail-localize's
  React footer, which no hook or setting reaches.

wagtail-localize's "Synchronisiere übersetzte Seiten" (update translations) has
a checkbox "Sofort veröffentlichen" that publishes the same way;
``sync_publish_install`` makes it update the English drafts instead, with the
same message, for pages under a workflow.

Pages without a workflow keep wagtail-localize's own publishing.
"""

import contextlib

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page

from wagtail_localize.models import SourceDeletedError, Translation

from .editor_hooks import explain_review_state
from .translation_submit import page_translation, submit_buttons, translation_submit

#: The class of the review note; the editor's script relabels "publish" where it finds it.
REVIEW_NOTE_TAG = "iq-translation-review"

TRANSLATION_GOES_THROUGH_REVIEW = (
    "Die englische Fassung wurde als Entwurf gespeichert. Veröffentlicht wird sie wie jede Publikation über den "
    "Prüfablauf: Reichen Sie sie zur Prüfung ein, sobald alle Abschnitte übersetzt sind."
)
TRANSLATION_REVIEW_NOTE = (
    "Englische Fassungen werden wie deutsche über den Prüfablauf „{workflow}“ veröffentlicht. "
    "Wenn alle Abschnitte übersetzt sind, reichen Sie die Fassung zur Prüfung ein."
)
SYNC_NOT_PUBLISHED = (
    "Die Übersetzungen wurden aktualisiert, aber nicht veröffentlicht: Englische Fassungen gehen wie jede "
    "Publikation über den Prüfablauf. Öffnen Sie die englische Seite im Seiten-Editor und reichen Sie sie zur "
    "Prüfung ein."
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
    messages.warning(request, TRANSLATION_GOES_THROUGH_REVIEW, buttons=submit_buttons(request, page))
    return redirect(request.path)


def _explain_review(request, *, page: Page, workflow) -> None:
    messages.info(
        request,
        TRANSLATION_REVIEW_NOTE.format(workflow=workflow.name),
        buttons=submit_buttons(request, page),
        extra_tags=REVIEW_NOTE_TAG,
    )


@hooks.register("insert_global_admin_js")
def translation_editor_script():
    return format_html('<script src="{}" defer></script>', static("workflows/js/translation_editor.js"))


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
