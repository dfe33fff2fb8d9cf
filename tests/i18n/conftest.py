"""Fixtures of the i18n tests."""

import pytest

from cms.factories import TopicFactory
from goodpractice.factories import (
    ActionAreaFactory,
    GoodPracticePageFactory,
    RegionalNetworkFactory,
    TargetGroupFactory,
)
from tests.i18n.translations import english, translate_with_ancestors
from tests.publishing import publish


def _translated(row, **english_fields):
    translation = row.copy_for_translation(english())
    for field, value in english_fields.items():
        setattr(translation, field, value)
    translation.save()
    return translation


@pytest.fixture
def translated_reference_sheets(good_practice_index, django_capture_on_commit_callbacks):
    """A German sheet whose reference rows all have English translations, and its English edition."""
    capture = django_capture_on_commit_callbacks
    topic = TopicFactory(name="Anerkennung", slug="anerkennung")
    area = ActionAreaFactory(number=2, name="Qualifizierungsmaßnahmen", short_name="Qualifizierung")
    network = RegionalNetworkFactory(name="IQ Netzwerk Hessen")
    group = TargetGroupFactory(name="Ratsuchende")
    german = GoodPracticePageFactory(
        parent=good_practice_index, title="Anerkennungslotsen", action_area=area, network=network, target_groups=[group]
    )
    german.topics.set([topic])
    german = publish(german, capture=capture)
    # The page is translated first, so its foreign keys keep the German rows, as in a
    # database whose reference data was translated after its publications.
    english_sheet = translate_with_ancestors(german, capture=capture, title="Recognition guides")
    _translated(topic, name="Recognition", slug="recognition")
    _translated(area, name="Qualification measures", short_name="Qualification")
    english_network = _translated(network, name="IQ Network Hesse")
    _translated(group, name="People seeking advice")
    return german, english_sheet, english_network


@pytest.fixture
def translated_fact_sheet(published_fact_sheet, django_capture_on_commit_callbacks):
    """A live fact sheet and its live English edition (with translated parents)."""
    english_sheet = translate_with_ancestors(
        published_fact_sheet, capture=django_capture_on_commit_callbacks, title="IQ counselling in figures"
    )
    return published_fact_sheet, english_sheet
