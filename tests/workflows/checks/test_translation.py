"""„Übersetzung vollständig“: an English edition lists what is not translated yet,
accepts segments marked as intentionally the same, and needs a live German source."""

import pytest
from wagtail_localize.models import Translation

from cms.models import Withdrawal
from tests.i18n.translations import english, submit_for_translation, translate_segments
from tests.publishing import publish
from tests.workflows.checks.helpers import PASSED, summary

TEASER = "Beratungen, Frauenanteil und die häufigsten Referenzberufe auf einen Blick."


@pytest.fixture
def translated(client, team, draft_fact_sheet, django_capture_on_commit_callbacks):
    german = publish(draft_fact_sheet, capture=django_capture_on_commit_callbacks, teaser=TEASER)
    page, translation = submit_for_translation(client, team.admin, german, capture=django_capture_on_commit_callbacks)
    return german, page, translation


def english_revision(page, translation):
    """The English draft as the translation editor saves it from the translation memory."""
    translation.save_target(user=None, publish=False)
    page.refresh_from_db()
    return page.get_latest_revision()


@pytest.mark.django_db
def test_untranslated_segments_are_listed_with_their_german_text_and_field(translated):
    _german, page, translation = translated
    title = {"IQ Beratung 2023 in Zahlen": "IQ counselling in figures"}
    translate_segments(translation, changes=title, leave_out=[TEASER])
    assert summary(english_revision(page, translation), "translation_complete") == (
        "Die automatische Prüfung hat 1 Fehler gefunden:\n"
        f"1. Noch nicht übersetzt: „{TEASER}“ (Feld: Teaser) (Ort: Übersetzung › Teaser) – So beheben: Bitte im "
        "Übersetzungseditor übersetzen. Bleibt der Text auf Englisch gleich (ein Name, eine Abkürzung), den "
        "deutschen Text unverändert als Übersetzung eintragen."
    )


@pytest.mark.django_db
def test_nothing_translated_lists_every_segment(translated):
    _german, page, translation = translated
    total, done = translation.get_progress()
    assert total > 1 and done == 0
    report = summary(english_revision(page, translation), "translation_complete")
    assert f"hat {total} Fehler gefunden" in report
    assert "Noch nicht übersetzt: „IQ Beratung 2023 in Zahlen“ (Feld: Titel)" in report


@pytest.mark.django_db
def test_a_segment_marked_as_intentionally_the_same_counts_as_translated(translated):
    _german, page, translation = translated
    translate_segments(translation)  # every segment: the German text entered as its translation
    assert translation.get_progress()[0] == translation.get_progress()[1]
    assert summary(english_revision(page, translation), "translation_complete") == PASSED


@pytest.mark.django_db
def test_an_unpublished_german_source_is_refused(translated):
    german, page, translation = translated
    translate_segments(translation)
    german.unpublish()
    report = summary(english_revision(page, translation), "translation_complete")
    assert "1. Die deutsche Fassung ist nicht veröffentlicht: „IQ Beratung 2023 in Zahlen“ ist nicht online." in report


@pytest.mark.django_db
def test_a_withdrawn_german_source_is_refused(translated):
    german, page, translation = translated
    translate_segments(translation)
    Withdrawal.objects.create(page=german, reason="Neue Zahlen.")
    report = summary(english_revision(page, translation), "translation_complete")
    assert "1. Die deutsche Fassung ist nicht veröffentlicht: „IQ Beratung 2023 in Zahlen“ wurde zurückgezogen." in (
        report
    )


@pytest.mark.django_db
def test_german_pages_and_english_pages_made_without_wagtail_localize_are_skipped(translated, fact_sheet_revision):
    german, page, _translation = translated
    assert summary(german.get_latest_revision(), "translation_complete") == PASSED
    Translation.objects.filter(target_locale=english()).delete()
    assert summary(page.save_revision(), "translation_complete") == PASSED


@pytest.mark.django_db
def test_an_english_page_needs_the_english_funding_notice(translated):
    german, page, translation = translated
    for each in Translation.objects.filter(target_locale=english()):
        translate_segments(each)
    page = english_revision(page, translation).as_object()
    assert page.funding_notice.locale == english()
    page.funding_notice = german.funding_notice
    report = summary(page.save_revision(), "funding_notice")
    assert f"1. Der Förderhinweis „{german.funding_notice}“ ist nicht in der Sprache der Seite (Englisch)." in report


@pytest.mark.django_db
def test_the_english_funding_notice_must_be_translated_itself(translated):
    german, page, translation = translated
    translate_segments(translation)
    revision = english_revision(page, translation)
    notice = revision.as_object().funding_notice
    assert notice.locale == english()
    report = summary(revision, "funding_notice")
    assert f"1. Förderhinweis „{notice}“ noch nicht übersetzt: „" in report and "(Feld: Text)" in report

    translate_segments(Translation.objects.get(source__object_id=notice.translation_key, target_locale=english()))
    assert summary(revision, "funding_notice") == PASSED
