"""The sheet and the listing as readers meet them."""

import pytest
from bs4 import BeautifulSoup

from cms.choices import Bundesland
from goodpractice.forms import UNAVAILABLE
from pdfexport.revision_render import pdf_print_html


def _soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _titles(soup: BeautifulSoup) -> set[str]:
    return {heading.get_text(strip=True) for heading in soup.select(".card__title")}


@pytest.mark.django_db
def test_sheet_page_shows_facts_sections_criteria_and_selection(client, make_sheet, reference):
    sheet = make_sheet(title="Anerkennungslotsen im Jobcenter", contact=reference.consenting)
    soup = _soup(client.get(sheet.url))

    assert len(soup.find_all("h1")) == 1
    levels = [int(tag.name[1]) for tag in soup.select("main h1, main h2, main h3, main h4")]
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False)), levels

    facts = {row.dt.get_text(strip=True): row.dd.get_text(strip=True) for row in soup.select(".fact-panel__row")}
    assert facts["Träger"] == "Integrationsforum Rhein-Main e.V."
    assert facts["Netzwerk"] == "IQ Netzwerk Hessen"
    assert facts["Bundesland"] == "Hessen"
    assert facts["Handlungsschwerpunkt"] == "HSP 1: Beratung"
    assert facts["Zielgruppen"] == "Ratsuchende, Jobcenter und Arbeitsagenturen"
    assert facts["Produkttyp"] == "Maßnahme"

    headings = [heading.get_text(strip=True) for heading in soup.select("main h2")]
    assert headings[1:5] == ["Ausgangslage", "Umsetzung", "Ergebnisse", "Transfer"]
    # Without a board decision the sheet claims no selection (with one: test_board_selection.py).
    criteria = soup.select_one(".good-practice__criteria").get_text(" ", strip=True)
    assert "Seine Entscheidung zu dieser Fassung steht noch aus" in criteria
    assert "Ausgewählt am" not in soup.get_text() and not soup.select(".criteria-list")
    assert " ".join(soup.select_one(".selection-info").stripped_strings) == (
        "Vorgeschlagen von IQ Netzwerk Hessen am 15. Januar 2024 für die Kriterien transferfähig, innovativ, "
        "nachhaltig und effizient"
    )


@pytest.mark.django_db
def test_contact_details_are_published_only_with_consent(client, make_sheet, reference):
    with_consent = make_sheet(title="Mit Einwilligung", contact=reference.consenting)
    without_consent = make_sheet(title="Ohne Einwilligung", contact=reference.withholding)

    card = _soup(client.get(with_consent.url)).select_one(".contact-card").get_text(" ", strip=True)
    assert "Jonas Weber" in card and "jonas.weber@example.org" in card and "069 1234567" in card

    page = client.get(without_consent.url).content.decode()
    print_html = pdf_print_html(page=without_consent, revision=without_consent.save_revision())
    for output in (page, print_html):
        assert "Zurückhaltend" not in output
        assert "petra.zurueckhaltend@example.org" not in output
        assert "069 7654321" not in output
        # Readers are pointed to the carrier instead.
        assert "kontakt@integrationsforum.example.org" in output


@pytest.mark.django_db
def test_listing_filters_by_action_area_and_federal_state(client, good_practice_index, make_sheet, reference):
    make_sheet(title="Lotsen Hessen", action_area=reference.counselling, bundesland=Bundesland.HE)
    make_sheet(title="Sprachcafé Kiel", action_area=reference.qualification, bundesland=Bundesland.SH)
    make_sheet(title="Mentoring Erfurt", action_area=reference.qualification, bundesland=Bundesland.TH)
    make_sheet(title="Lotsen Kiel", action_area=reference.counselling, bundesland=Bundesland.SH)
    make_sheet(title="Entwurf", action_area=reference.qualification, bundesland=Bundesland.SH, live=False)
    url = good_practice_index.url

    everything = _soup(client.get(url))
    assert _titles(everything) == {"Lotsen Hessen", "Sprachcafé Kiel", "Mentoring Erfurt", "Lotsen Kiel"}
    # Only states and action areas that have published sheets are offered.
    assert [option["value"] for option in everything.select("#id_bundesland option")] == ["", "HE", "SH", "TH"]
    hsp = {option["value"]: option.get_text() for option in everything.select("#id_hsp option")}
    assert hsp == {"": "Alle Handlungsschwerpunkte", str(reference.counselling.pk): "HSP 1: Beratung",
                   str(reference.qualification.pk): "HSP 2: Qualifizierung"}  # fmt: skip

    by_hsp = _soup(client.get(url, {"hsp": reference.qualification.pk}))
    assert _titles(by_hsp) == {"Sprachcafé Kiel", "Mentoring Erfurt"}
    assert by_hsp.select_one("#id_hsp option[selected]")["value"] == str(reference.qualification.pk)
    assert _titles(_soup(client.get(url, {"bundesland": "SH"}))) == {"Sprachcafé Kiel", "Lotsen Kiel"}
    both = _soup(client.get(url, {"hsp": reference.qualification.pk, "bundesland": "SH"}))
    assert _titles(both) == {"Sprachcafé Kiel"}
    assert both.find("h2", id="results-heading").get_text(strip=True) == "1 Beispiel für Ihre Auswahl"
    assert both.find("a", string="Alle Beispiele anzeigen")["href"] == url


@pytest.mark.django_db
def test_listing_filter_is_an_accessible_get_form(client, good_practice_index, make_sheet):
    make_sheet()
    soup = _soup(client.get(good_practice_index.url))
    form = soup.select_one("form.gp-filter")
    assert form["method"] == "get" and form["action"] == good_practice_index.url
    assert form.select_one("fieldset legend").get_text(strip=True) == "Beispiele filtern"
    for select in form.find_all("select"):
        assert form.find("label", attrs={"for": select["id"]}), select["id"]
    assert form.find("button", attrs={"type": "submit"})


@pytest.mark.django_db
def test_an_unavailable_filter_value_is_explained_and_ignored(client, good_practice_index, make_sheet):
    make_sheet(title="Lotsen Hessen", bundesland=Bundesland.HE)
    soup = _soup(client.get(good_practice_index.url, {"bundesland": "BY", "hsp": "999999"}))
    assert _titles(soup) == {"Lotsen Hessen"}
    errors = [error.get_text(strip=True) for error in soup.select(".gp-filter__error")]
    assert errors == [UNAVAILABLE, UNAVAILABLE]
    assert soup.select_one("#id_bundesland")["aria-invalid"] == "true"


def _queries(client, url, params, *, assert_max) -> int:
    # The site shell (routing, navigation, breadcrumbs, the header's Leichte-Sprache and
    # Gebärdensprache links, footer) needs about fourteen queries; the listing adds a fixed
    # handful: restrictions, filter options, the sheets, their target groups.
    with assert_max(20) as context:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(context)


@pytest.mark.django_db
def test_listing_queries_do_not_grow_with_the_number_of_sheets(
    client, good_practice_index, make_sheet, reference, django_assert_max_num_queries
):
    url = good_practice_index.url
    filtered = {"hsp": reference.counselling.pk, "bundesland": "HE"}
    for _ in range(2):
        make_sheet(bundesland=Bundesland.HE)
    client.get(url)  # warm the site and root-path caches
    two = [_queries(client, url, params, assert_max=django_assert_max_num_queries) for params in ({}, filtered)]
    for _ in range(4):
        make_sheet(bundesland=Bundesland.HE)
    six = [_queries(client, url, params, assert_max=django_assert_max_num_queries) for params in ({}, filtered)]
    assert six == two
    assert len(_soup(client.get(url, filtered)).select(".card")) == 6
