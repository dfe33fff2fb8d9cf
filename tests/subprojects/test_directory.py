"""The public directory at /teilprojekte/: facets, search, pagination, bad input, query counts."""

import pytest

from cms.choices import Bundesland
from cms.models import Subproject
from cms.models.subproject import SubprojectStatus

URL = "/teilprojekte/"


@pytest.fixture
def three(make_subproject, reference):
    return [
        make_subproject(
            "Anerkennungslotsen", description="Beratungen im Jobcenter.", target_groups=[reference.seekers]
        ),
        make_subproject(
            "Sprachcafé Technik",
            network=reference.sachsen,
            bundesland=Bundesland.SN,
            action_area=reference.qualification,
            target_groups=[reference.seekers, reference.companies],
            status=SubprojectStatus.FINISHED,
        ),
        make_subproject("Mentoring für Ingenieurinnen", network=None, bundesland=Bundesland.TH),
    ]


def _options(response, param: str) -> dict[str, tuple[int, bool]]:
    counts = next(counts for counts in response.context["results"].facets if counts.facet.param == param)
    return {option.label: (option.count, option.selected) for option in counts.options}


def test_the_directory_lists_every_subproject_with_its_facets(client, directory, three):
    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "3 Teilprojekte" in html
    assert 'href="/teilprojekte/anerkennungslotsen/"' in html
    assert _options(response, "netzwerk") == {
        "IQ Netzwerk Hessen": (1, False),
        "IQ RIN Leipzig": (1, False),
        "Thüringen": (1, False),
    }
    assert _options(response, "hsp") == {"HSP 1: Beratung": (2, False), "HSP 2: Qualifizierung": (1, False)}
    assert _options(response, "zielgruppe") == {"Ratsuchende": (2, False), "Unternehmen": (1, False)}
    assert _options(response, "status") == {"laufend": (2, False), "abgeschlossen": (1, False)}
    assert _options(response, "foerderperiode") == {"2023–2025": (3, False)}
    for legend in ("Netzwerk / Bundesland", "Handlungsschwerpunkt", "Zielgruppe", "Status", "Förderperiode"):
        assert legend in html


def test_a_facet_narrows_and_the_others_count_within_it(client, directory, three, reference):
    response = client.get(URL, {"zielgruppe": f"zg-{reference.companies.pk}"})

    assert [card["subproject"].name for card in response.context["cards"]] == ["Sprachcafé Technik"]
    # The selected facet counts without its own selection, so the reader sees what widening would bring.
    assert _options(response, "zielgruppe") == {"Ratsuchende": (2, False), "Unternehmen": (1, True)}
    assert _options(response, "status") == {"abgeschlossen": (1, False)}
    assert "Zielgruppe: Unternehmen" in response.content.decode()


def test_two_values_of_one_facet_widen(client, directory, three, reference):
    response = client.get(URL, {"netzwerk": [f"netzwerk-{reference.sachsen.pk}", "land-th"]})

    assert {card["subproject"].name for card in response.context["cards"]} == {
        "Sprachcafé Technik",
        "Mentoring für Ingenieurinnen",
    }


def test_search_finds_inflected_words_and_combines_with_facets(client, directory, three):
    found = client.get(URL, {"q": "Beratung"})
    none = client.get(URL, {"q": "Beratung", "status": "abgeschlossen"})

    assert [card["subproject"].name for card in found.context["cards"]] == ["Anerkennungslotsen"]
    assert "1 Teilprojekt für „Beratung“" in found.content.decode()
    assert none.context["results"].count == 0
    assert "Zu Ihrer Suche und Auswahl gibt es kein Teilprojekt." in none.content.decode()
    assert none["X-Robots-Tag"] == "noindex"


def test_pages_of_results(client, directory, make_subproject):
    for n in range(12):
        make_subproject(f"Teilprojekt {n:02d}")

    second = client.get(URL, {"seite": "2"})
    beyond = client.get(URL, {"seite": "9"})
    nonsense = client.get(URL, {"seite": "zwei"})

    assert [card["subproject"].name for card in second.context["cards"]][0] == "Teilprojekt 05"
    assert 'href="/teilprojekte/?seite=3"' in second.content.decode()
    assert "Seite 9 gibt es nicht; angezeigt wird die letzte Seite (3)." in beyond.content.decode()
    assert "„zwei“ ist keine Seitenzahl" in nonsense.content.decode()


@pytest.mark.parametrize(
    ("params", "note"),
    [
        ({"netzwerk": "netzwerk-99999"}, "Den Filter „netzwerk-99999“ gibt es nicht (mehr); er wurde entfernt."),
        ({"status": "vielleicht"}, "Den Filter „vielleicht“ gibt es nicht (mehr); er wurde entfernt."),
        ({"hsp": "<script>"}, "Der Filterwert „<script>“ für „Handlungsschwerpunkt“ ist ungültig und wurde ignoriert."),
        ({"zielgruppe": "zg-abc"}, "Den Filter „zg-abc“ gibt es nicht (mehr); er wurde entfernt."),
    ],
)
def test_made_up_filters_are_dropped_with_a_note(client, directory, three, params, note):
    response = client.get(URL, params)

    assert response.status_code == 200
    assert response.context["results"].count == 3
    assert note in response.context["results"].notes


def test_an_empty_submitted_form_redirects_to_the_short_address(client, directory, three):
    response = client.get(URL, {"q": ""})

    assert response.status_code == 302
    assert response["Location"] == URL


def _many(count: int, *, reference) -> None:
    networks, areas = [reference.hessen, reference.sachsen], [reference.counselling, reference.qualification]
    for n in range(count):
        subproject = Subproject.objects.create(
            name=f"Teilprojekt {n:03d}",
            carrier=reference.carrier,
            network=networks[n % 2],
            bundesland=networks[n % 2].bundesland,
            action_area=areas[n % 2],
            funding_period=reference.period,
            status=SubprojectStatus.values[n % 3],
        )
        subproject.target_groups.set([reference.seekers, reference.companies][: n % 2 + 1])


@pytest.mark.parametrize("count", [10, 200])
def test_the_listing_costs_the_same_queries_for_10_and_200_subprojects(
    client, directory, reference, django_assert_max_num_queries, count
):
    _many(count, reference=reference)
    params = {"q": "Teilprojekt", "status": "laufend", "zielgruppe": f"zg-{reference.seekers.pk}"}
    client.get(URL, params)  # Wagtail's site and page caches

    # The same bound for 10 and for 200: nothing is asked per subproject. (The site's menu needs a few;
    # with English editions Wagtail's routing looks up the active locale, and the header the page's editions.)
    with django_assert_max_num_queries(24):
        response = client.get(URL, params)

    assert response.context["results"].count > 0
