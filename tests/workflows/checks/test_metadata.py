"""Required metadata: what the page type requires and what a publication needs,
even though a draft may leave it open."""

import pytest

from factsheets.models import FactSheetPage
from goodpractice.factories import GoodPracticePageFactory
from tests.workflows.checks.helpers import PASSED, summary


@pytest.mark.django_db
def test_complete_fact_sheet_passes(fact_sheet_revision):
    assert summary(fact_sheet_revision(), "metadata") == PASSED


@pytest.mark.django_db
def test_missing_publication_metadata_is_listed_with_its_field(fact_sheet_revision):
    revision = fact_sheet_revision(publication_date=None, publishers=[], topics=[])
    assert summary(revision, "metadata") == (
        "Die automatische Prüfung hat 3 Fehler gefunden:\n"
        "1. Pflichtangabe „Erscheinungsdatum“ fehlt. (Ort: Feld „Erscheinungsdatum“) – So beheben: Bitte das "
        "Feld „Erscheinungsdatum“ ausfüllen und die Seite erneut zur Prüfung einreichen.\n"
        "2. Pflichtangabe „Themen“ fehlt. (Ort: Feld „Themen“) – So beheben: Bitte das Feld „Themen“ ausfüllen "
        "und die Seite erneut zur Prüfung einreichen.\n"
        "3. Pflichtangabe „Herausgeber“ fehlt. (Ort: Feld „Herausgeber“) – So beheben: Bitte das Feld "
        "„Herausgeber“ ausfüllen und die Seite erneut zur Prüfung einreichen."
    )


@pytest.mark.django_db
def test_required_fields_a_draft_left_empty_are_caught(fact_sheet_revision):
    # The admin saves drafts without their required fields; the revision in review must have them.
    revision = fact_sheet_revision(teaser="", key_figures=[])
    text = summary(revision, "metadata")
    assert text.startswith("Die automatische Prüfung hat 2 Fehler gefunden:\n")
    assert "1. Pflichtangabe „Teaser“ fehlt. (Ort: Feld „Teaser“)" in text
    assert "2. Pflichtangabe „Kennzahlen“ fehlt. (Ort: Feld „Kennzahlen“)" in text


@pytest.mark.django_db
def test_good_practice_needs_its_nomination(good_practice_index):
    page = GoodPracticePageFactory(parent=good_practice_index, live=False)
    page.nominated_at = None
    text = summary(page.save_revision(clean=False), "metadata")
    assert "Pflichtangabe „Vorgeschlagen am“ fehlt." in text


@pytest.mark.django_db
def test_a_page_type_can_declare_its_own_publication_metadata(monkeypatch, fact_sheet_revision):
    monkeypatch.setattr(FactSheetPage, "required_metadata", ("data_as_of",), raising=False)
    revision = fact_sheet_revision(data_as_of=None, topics=[])
    assert summary(revision, "metadata") == (
        "Die automatische Prüfung hat 1 Fehler gefunden:\n"
        "1. Pflichtangabe „Stand“ fehlt. (Ort: Feld „Stand“) – So beheben: Bitte das Feld „Stand“ ausfüllen und "
        "die Seite erneut zur Prüfung einreichen."
    )


@pytest.mark.django_db
def test_a_declared_field_that_does_not_exist_breaks_the_check_loudly(monkeypatch, fact_sheet_revision):
    monkeypatch.setattr(FactSheetPage, "required_metadata", ("data_as_off",), raising=False)
    text = summary(fact_sheet_revision(), "metadata")
    assert text.startswith(
        "Die automatische Prüfung hat 1 Fehler gefunden:\n1. Prüfung „Pflichtangaben“ konnte nicht ausgeführt "
        "werden (ValueError: FactSheetPage.required_metadata nennt unbekannte Felder: ['data_as_off'])."
    )
