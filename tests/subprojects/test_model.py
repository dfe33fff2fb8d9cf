"""The subproject record: slug, analysed search text, consent, dates."""

import datetime

from django.core.exceptions import ValidationError

import pytest

from cms.search import german
from cms.subprojects.search import subprojects_matching


def test_the_slug_comes_from_the_name_and_stays_unique(make_subproject):
    first = make_subproject("Sprachcafé Technik")
    second = make_subproject("Sprachcafé: Technik")

    assert first.slug == "sprachcafe-technik"
    assert second.slug == "sprachcafe-technik-2"


def test_the_search_text_is_the_analysed_form_of_name_carrier_and_description(make_subproject):
    subproject = make_subproject("Anerkennungslotsen", description="Beratungen im Jobcenter für Ratsuchende.")

    assert subproject.search_name == german.index_text("Anerkennungslotsen")
    assert german.index_text("Integrationsforum") in subproject.search_body
    assert german.index_text("Beratungen im Jobcenter für Ratsuchende.") in subproject.search_body


def test_search_finds_a_subproject_by_an_inflected_word(make_subproject):
    wanted = make_subproject("Anerkennungslotsen", description="Beratungen im Jobcenter.")
    make_subproject("Sprachcafé Technik", description="Fachsprache im Betrieb.")

    matching, _ = subprojects_matching(q="Beratung")

    assert list(matching) == [wanted]


def test_the_contact_is_public_only_with_consent(make_subproject, reference):
    assert make_subproject("A", contact=reference.consenting).public_contact == reference.consenting
    assert make_subproject("B", contact=reference.withholding).public_contact is None


def test_an_end_before_the_start_is_refused(make_subproject):
    subproject = make_subproject("A")
    subproject.start, subproject.end = datetime.date(2025, 1, 1), datetime.date(2024, 1, 1)

    with pytest.raises(ValidationError, match="Das Ende liegt vor dem Beginn."):
        subproject.full_clean()
