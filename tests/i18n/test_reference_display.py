"""English editions show reference data in English: topics, action area,
network and target groups in the header, the fact panel, the listing's cards
and filter, and the catalogue, while filter values keep naming the German rows."""

import pytest
from bs4 import BeautifulSoup

from goodpractice.factories import GoodPracticePageFactory
from tests.i18n.translations import translate_with_ancestors
from tests.publishing import publish


def _soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _facts(soup) -> dict[str, str]:
    return {row.dt.get_text(strip=True): row.dd.get_text(" ", strip=True) for row in soup.select(".fact-panel__row")}


@pytest.mark.django_db
def test_english_sheet_shows_reference_data_in_english(client, translated_reference_sheets):
    german, english_sheet, _ = translated_reference_sheets
    soup = _soup(client.get(english_sheet.url))
    header = {row.dt.get_text(strip=True): row.dd.get_text(strip=True) for row in soup.select(".meta-list div")}
    assert header["Topics"] == "Recognition"
    facts = _facts(soup)
    assert facts["Field of action"] == "HSP 2: Qualification"
    assert facts["Network"] == "IQ Network Hesse"
    assert facts["Target groups"] == "People seeking advice"

    german_soup = _soup(client.get(german.url))
    german_header = {
        row.dt.get_text(strip=True): row.dd.get_text(strip=True) for row in german_soup.select(".meta-list div")
    }
    assert german_header["Themen"] == "Anerkennung"
    german_facts = _facts(german_soup)
    assert german_facts["Handlungsschwerpunkt"] == "HSP 2: Qualifizierung"
    assert german_facts["Netzwerk"] == "IQ Netzwerk Hessen"
    assert german_facts["Zielgruppen"] == "Ratsuchende"


@pytest.mark.django_db
def test_english_listing_shows_cards_and_filter_in_english(client, translated_reference_sheets):
    german, english_sheet, _ = translated_reference_sheets
    soup = _soup(client.get(english_sheet.get_parent().url))
    assert soup.select_one(".gp-filter legend").get_text(strip=True) == "Filter examples"
    options = [option.get_text(strip=True) for option in soup.select("select[name=hsp] option")]
    assert options == ["All fields of action", "HSP 2: Qualification"]
    assert soup.select_one("#results-heading").get_text(strip=True) == "1 example"
    card = {row.dt.get_text(strip=True): row.dd.get_text(strip=True) for row in soup.select(".gp-card__facts div")}
    assert card["Field of action"] == "HSP 2: Qualification"
    assert card["Target groups"] == "People seeking advice"

    german_soup = _soup(client.get(german.get_parent().url))
    assert german_soup.select_one("#results-heading").get_text(strip=True) == "1 Beispiel"
    assert [o.get_text(strip=True) for o in german_soup.select("select[name=hsp] option")] == [
        "Alle Handlungsschwerpunkte",
        "HSP 2: Qualifizierung",
    ]


@pytest.mark.django_db
def test_listing_translates_its_cards_in_a_fixed_number_of_queries(
    client, translated_reference_sheets, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    german, english_sheet, _ = translated_reference_sheets
    url = english_sheet.get_parent().url
    client.get(url)
    with django_assert_max_num_queries(100) as one:
        client.get(url)
    for number in range(3):
        page = GoodPracticePageFactory(parent=german.get_parent(), title=f"Weitere {number}")
        page = publish(page, capture=django_capture_on_commit_callbacks)
        translate_with_ancestors(page, capture=django_capture_on_commit_callbacks, title=f"More {number}")
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(url)


@pytest.mark.django_db
def test_catalogue_filter_of_english_edition_names_the_german_network(
    translated_reference_sheets, django_capture_on_commit_callbacks
):
    german, english_sheet, english_network = translated_reference_sheets
    # Translated again now that the network has an English edition: wagtail-localize points the copy at it.
    english_sheet.network = english_network
    publish(english_sheet, capture=django_capture_on_commit_callbacks)
    network_values = {
        (value, label) for facet, value, label in english_sheet.catalogue_facet_values() if facet == "netzwerk"
    }
    assert network_values == {(f"netzwerk-{german.network_id}", "IQ Network Hesse")}
