"""The catalogue and the search per language, with the language facet."""

import pytest
from bs4 import BeautifulSoup

from cms.factories import CataloguePageFactory
from cms.models import CatalogueEntry
from tests.i18n.translations import translate, translate_with_ancestors

pytestmark = pytest.mark.django_db


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(soup):
    return [title.get_text(" ", strip=True) for title in soup.select(".result__title")]


def language_options(soup):
    found = {}
    for box in soup.select('input[type=checkbox][name="sprache"]'):
        label = soup.select_one(f'label[for="{box["id"]}"]').get_text(" ", strip=True)
        name, _, count = label.rpartition(" (")
        found[name] = (int(count.split()[0].rstrip(")")), box.has_attr("checked"))
    return found


@pytest.fixture
def catalogue(home_page):
    return CataloguePageFactory(parent=home_page)


@pytest.fixture
def editions(catalogue, make_published_fact_sheet, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    source = make_published_fact_sheet(title="Beratung in Zahlen", slug="beratung")
    make_published_fact_sheet(title="Anerkennung in Zahlen", slug="anerkennung")
    english = translate_with_ancestors(source, capture=capture, title="Counselling in figures", slug="counselling")
    return source, english


def test_each_catalogue_lists_its_own_language_and_counts_the_other(client, editions, catalogue):
    german = soup_of(client.get("/publikationen/"))
    assert titles(german) == ["Anerkennung in Zahlen", "Beratung in Zahlen"]
    assert language_options(german) == {"Deutsch": (2, False), "Englisch": (1, False)}
    hint = german.select_one("#facet-sprache-hint")
    assert hint.get_text(strip=True) == "Ohne Auswahl: Publikationen auf Deutsch."
    assert hint.find_parent("fieldset")["aria-describedby"] == "facet-sprache-hint"
    entry = CatalogueEntry.objects.get(title="Counselling in figures")
    assert (entry.language, entry.edition_language) == ("en", "en")


def test_the_language_facet_shows_the_other_language(client, editions, catalogue):
    soup = soup_of(client.get("/publikationen/", {"sprache": "en"}))
    assert titles(soup) == ["Counselling in figures"]
    assert language_options(soup) == {"Deutsch": (2, False), "Englisch": (1, True)}
    assert soup.select_one("#facet-sprache-hint") is None
    both = soup_of(client.get("/publikationen/", {"sprache": ["de", "en"]}))
    assert len(titles(both)) == 3


def test_the_english_catalogue_lists_english_editions(client, editions, catalogue, django_capture_on_commit_callbacks):
    english_catalogue = translate(catalogue, capture=django_capture_on_commit_callbacks)
    assert english_catalogue.url == "/en/publikationen/"
    soup = soup_of(client.get(english_catalogue.url))
    assert titles(soup) == ["Counselling in figures"]
    assert soup.html["lang"] == "en"
    assert soup.select_one("#facet-sprache-hint").get_text(strip=True) == "None chosen: publications in English."


def test_english_search_stems_english(client, editions, catalogue, django_capture_on_commit_callbacks):
    english_catalogue = translate(catalogue, capture=django_capture_on_commit_callbacks)
    soup = soup_of(client.get(english_catalogue.url, {"q": "counselled"}))
    assert titles(soup) == ["Counselling in figures"]
    assert soup.select_one(".result__title mark").get_text() == "Counselling"
    # German analysis does not take "counselled" for "counselling".
    assert titles(soup_of(client.get("/publikationen/", {"q": "counselled", "sprache": "en"}))) == []
    assert titles(soup_of(client.get("/publikationen/", {"q": "counselling", "sprache": "en"}))) == [
        "Counselling in figures"
    ]


def test_the_english_search_box_goes_to_the_english_catalogue_or_the_german_one_filtered(
    client, editions, catalogue, django_capture_on_commit_callbacks
):
    response = client.get("/en/suche/", {"q": "figures"})
    assert response.status_code == 302
    assert response["Location"] == "/publikationen/?q=figures&sprache=en"
    translate(catalogue, capture=django_capture_on_commit_callbacks)
    response = client.get("/en/suche/", {"q": "figures"})
    assert response["Location"] == "/en/publikationen/?q=figures"
    assert client.get("/suche/", {"q": "Zahlen"})["Location"] == "/publikationen/?q=Zahlen"
