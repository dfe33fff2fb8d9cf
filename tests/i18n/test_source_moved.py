"""A German page moved or renamed after its translation: the English edition
follows a move (Wagtail's move view moves translations), old addresses redirect,
the switcher and hreflang links name the new addresses, and a renamed German
title shows up as a segment to translate again after syncing."""

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.models import Translation

from factsheets.factories import FactSheetIndexPageFactory
from tests.i18n.translations import english, submit_for_translation, translate_segments, translate_with_ancestors
from tests.publishing import publish
from workflows.checks.translation import untranslated_segments
from workflows.publish_guard import publishing_authorised


def _switcher_href(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").select_one(".language-switcher a")["href"]


@pytest.mark.django_db
def test_moving_the_german_page_moves_the_english_edition_and_old_addresses_redirect(
    client, team, translated_fact_sheet, home_page, django_capture_on_commit_callbacks
):
    german, english_sheet = translated_fact_sheet
    old_german, old_english = german.url, english_sheet.url
    archive = FactSheetIndexPageFactory(parent=home_page, title="Archiv Fact Sheets", slug="archiv-fact-sheets")
    publish(archive, capture=django_capture_on_commit_callbacks)
    english_archive = translate_with_ancestors(archive, capture=django_capture_on_commit_callbacks, title="Archive")

    client.force_login(team.admin)
    response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[german.pk, archive.pk]))
    assert response.status_code == 302

    german.refresh_from_db()
    english_sheet.refresh_from_db()
    assert german.get_parent().pk == archive.pk
    assert english_sheet.get_parent().pk == english_archive.pk
    assert german.url.startswith("/archiv-fact-sheets/") and english_sheet.url.startswith(english_archive.url)
    for old, new in ((old_german, german.url), (old_english, english_sheet.url)):
        moved = client.get(old)
        assert moved.status_code == 301 and moved["Location"].endswith(new), old
    assert _switcher_href(client, german.url) == english_sheet.url
    assert _switcher_href(client, english_sheet.url) == german.url
    assert client.get(english_sheet.url + "pdf/")["Content-Type"] == "application/pdf"


@pytest.mark.django_db
def test_renaming_the_german_page_keeps_the_english_one_and_asks_for_the_new_title(
    client, team, published_fact_sheet, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    german = published_fact_sheet
    english_sheet, translation = submit_for_translation(client, team.admin, german, capture=capture)
    translate_segments(translation, changes={german.title: "IQ counselling in figures"})
    for each in Translation.objects.filter(target_locale=english()).exclude(pk=translation.pk):
        translate_segments(each)  # the funding notice, translated with the page
    with publishing_authorised(), capture(execute=True):
        translation.save_target(user=team.admin, publish=True)
    english_sheet.refresh_from_db()
    assert english_sheet.live and english_sheet.title == "IQ counselling in figures"
    old_german = german.url

    german = publish(german, capture=capture, title="IQ Beratung 2023 kompakt", slug="beratung-kompakt")
    english_sheet.refresh_from_db()
    assert english_sheet.title == "IQ counselling in figures" and english_sheet.live
    assert client.get(old_german).status_code == 301
    assert _switcher_href(client, english_sheet.url) == german.url == "/fact-sheets/beratung-kompakt/"
    assert _switcher_href(client, german.url) == english_sheet.url

    # "Synchronisiere übersetzte Seiten" reads the source again: the new title waits for its translation.
    translation.source.update_from_db()
    waiting = {segment.string.data for segment in untranslated_segments(translation)}
    assert waiting == {"IQ Beratung 2023 kompakt", "beratung-kompakt"}
