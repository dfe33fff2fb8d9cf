"""Translating in the admin with wagtail-localize: submit, translate a segment, publish.

Publishing an English edition of a page under a review workflow goes through
its workflow, as for the German one: the translation editor's "publish" saves a
draft and says so (workflows/translation_editor.py); the review itself:
test_translation_review.py.
"""

from django.urls import reverse

import pytest
from wagtail_localize.models import StringSegment, Translation

from tests.i18n.translations import english
from workflows.publish_guard import publishing_authorised


@pytest.fixture
def submitted(client, team, published_fact_sheet, django_capture_on_commit_callbacks):
    """The fact sheet submitted for translation into English by an administrator."""
    client.force_login(team.admin)
    url = reverse("wagtail_localize:submit_page_translation", args=[published_fact_sheet.pk])
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [english().pk]})
    page = published_fact_sheet.get_translation(english())
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    translation = Translation.objects.get(source__object_id=published_fact_sheet.translation_key)
    return page, translation


def _translate_title(client, translation, *, title):
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(url, f"value={title}", content_type="application/x-www-form-urlencoded")


@pytest.mark.django_db
def test_submitting_creates_an_english_draft_and_aliases_for_untranslated_parents(client, submitted):
    page, _ = submitted
    assert not page.live
    parent = page.get_parent()
    # wagtail-localize's aliases of the German parents: German text in the English
    # locale, so readers get the missing-translation page, not German under /en/.
    assert parent.alias_of_id is not None and parent.live
    assert client.get(parent.url).status_code == 404
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


@pytest.mark.django_db
def test_a_translated_segment_is_kept_and_publishing_is_left_to_the_workflow(
    client, submitted, django_capture_on_commit_callbacks
):
    page, translation = submitted
    response = _translate_title(client, translation, title="IQ counselling in figures")
    assert response.status_code == 201
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit, {"action": "publish"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live

    # Past the guard, as force publishing is, the segment is the English page's title.
    with publishing_authorised(), django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=None, publish=True)
    page.refresh_from_db()
    assert page.live and page.title == "IQ counselling in figures"
    response = client.get(page.url)
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()
