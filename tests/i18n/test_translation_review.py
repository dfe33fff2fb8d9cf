"""An English edition is a publication of its own: it goes through its type's
review workflow, from the translation editor as from Wagtail's page editor."""

from django.contrib.messages import get_messages
from django.urls import reverse

from wagtail.models import WorkflowContentType, WorkflowPage

import pytest
from wagtail_localize.models import Translation

from tests.i18n.translations import submit_for_translation, translate_segments
from tests.publishing import publish
from tests.workflows.journey import act, audit_trail, edit_url, stage, submit
from workflows.translation_editor import TRANSLATION_GOES_THROUGH_REVIEW


@pytest.fixture
def published_fact_sheet(draft_fact_sheet, django_capture_on_commit_callbacks):
    """A live fact sheet that passes the automated checks (publishers, topics, funding notice)."""
    return publish(draft_fact_sheet, capture=django_capture_on_commit_callbacks)


@pytest.fixture
def translated(client, team, published_fact_sheet, django_capture_on_commit_callbacks):
    """The live fact sheet submitted for translation into English by an administrator."""
    return submit_for_translation(client, team.admin, published_fact_sheet, capture=django_capture_on_commit_callbacks)


def translate_all(translation, *, changes=None):
    """The page's segments translated (``changes``, the rest the same) and those of its funding notice,
    which wagtail-localize translated with it."""
    for each in Translation.objects.filter(target_locale=translation.target_locale):
        translate_segments(each, changes=changes if each == translation else None)


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.django_db
def test_publishing_from_the_translation_editor_saves_a_draft_and_says_how_it_goes_online(
    client, translated, django_capture_on_commit_callbacks
):
    page, translation = translated
    translate_all(translation, changes={translation.source.as_instance().title: "IQ counselling in figures"})
    revisions_before = page.revisions.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(page), {"action": "publish"})
    assert response.status_code == 302 and response["Location"] == edit_url(page)
    assert any(TRANSLATION_GOES_THROUGH_REVIEW in message for message in messages_of(response))
    page.refresh_from_db()
    assert not page.live
    assert page.revisions.count() == revisions_before + 1
    assert page.get_latest_revision().as_object().title == "IQ counselling in figures"

    editor = client.get(edit_url(page))
    assert editor.status_code == 200
    html = editor.content.decode()
    assert "Prüfablauf" in html
    assert reverse("workflows_admin:translation_submit", args=[page.pk]) in html


@pytest.mark.django_db
def test_a_page_without_workflow_is_still_published_by_the_translation_editor(
    client, translated, django_capture_on_commit_callbacks
):
    page, translation = translated
    WorkflowPage.objects.all().delete()
    WorkflowContentType.objects.all().delete()
    assert page.get_workflow() is None
    translate_all(translation)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(page), {"action": "publish"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live


@pytest.mark.django_db
def test_the_english_edition_goes_through_checks_review_and_approval_like_a_german_page(
    client, team, translated, django_capture_on_commit_callbacks
):
    page, translation = translated
    translate_all(translation, changes={translation.source.as_instance().title: "IQ counselling in figures"})
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, team.redaktion, page, {})
    assert response.status_code == 302
    assert stage(page) == "Fachreview", [comment for *_, comment in audit_trail(page)]

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, page, comment="Translation checked.")
    # English editions have a stage of their own: Lektorat reads the English (tests/workflows/test_lektorat_en.py).
    assert stage(page) == "Lektorat (EN)"
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.lektorat, page, comment="Language checked.")
    assert stage(page) == "Freigabe"
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, page, comment="Freigegeben.")
    page.refresh_from_db()
    assert page.live and page.title == "IQ counselling in figures"
    assert ("wagtail.publish", "freigabe", "") in audit_trail(page)
    response = client.get(page.url)
    assert response.status_code == 200 and '<html lang="en">' in response.content.decode()


@pytest.mark.django_db
def test_the_submit_page_of_the_translation_editor_submits(
    client, team, translated, django_capture_on_commit_callbacks
):
    page, translation = translated
    translate_all(translation)
    client.force_login(team.redaktion)
    url = reverse("workflows_admin:translation_submit", args=[page.pk])
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action-submit": "action-submit"})
    assert response.status_code == 302
    assert stage(page) == "Fachreview", [comment for *_, comment in audit_trail(page)]


@pytest.mark.django_db
def test_an_incomplete_english_edition_is_sent_back_by_the_checks_with_what_is_missing(
    client, team, translated, django_capture_on_commit_callbacks
):
    page, _translation = translated
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, page, {})
    assert stage(page) == "needs_changes"
    rejection = next(comment for action, _user, comment in audit_trail(page) if action == "wagtail.workflow.reject")
    assert "Noch nicht übersetzt: „IQ Beratung 2023 in Zahlen“ (Feld: Titel)" in rejection
    page.refresh_from_db()
    assert not page.live
    editor = client.get(edit_url(page))
    assert editor.status_code == 200 and "Die automatische Prüfung" in editor.content.decode()


@pytest.mark.django_db
def test_sync_with_publish_immediately_updates_the_english_draft_without_publishing(
    client, translated, published_fact_sheet, django_capture_on_commit_callbacks
):
    page, translation = translated
    translate_all(translation)
    publish(published_fact_sheet, capture=django_capture_on_commit_callbacks, teaser="Neuer Teaser der Beratung.")
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    assert any("nicht veröffentlicht" in message for message in messages_of(response))
    page.refresh_from_db()
    assert not page.live
    assert page.get_latest_revision().as_object().teaser == "Neuer Teaser der Beratung."
