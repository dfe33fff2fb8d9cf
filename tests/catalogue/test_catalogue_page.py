"""The catalogue at /publikationen/: facets with counts, the state in the URL,
pages of results, cards, and what a reader sees for input that matches nothing."""

import datetime
import xml.etree.ElementTree as ET

from django.template.defaultfilters import filesizeformat

import pytest
from bs4 import BeautifulSoup

from cms.catalogue.indexing import catalogue_entry_refresh
from cms.factories import TopicFactory
from cms.models import CatalogueEntry
from cms.withdrawal.services import page_withdraw
from dossiers.factories import DossierPageFactory
from factsheets.factories import FactSheetPageFactory
from goodpractice.factories import GoodPracticePageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(soup):
    return [title.get_text(" ", strip=True) for title in soup.select(".result__title")]


def options(soup, param):
    """{label: (count, checked)} of one facet."""
    found = {}
    for box in soup.select(f'input[type=checkbox][name="{param}"]'):
        label = soup.select_one(f'label[for="{box["id"]}"]')
        text = label.get_text(" ", strip=True)
        name, _, count = text.rpartition(" (")
        found[name] = (int(count.split()[0].rstrip(")")), box.has_attr("checked"))
    return found


@pytest.fixture
def mixed(fact_sheet_index, dossier_index, good_practice_index, listed):
    anerkennung = TopicFactory(name="Anerkennung", slug="anerkennung")
    pflege = TopicFactory(name="Pflege", slug="pflege")
    sheets = [
        FactSheetPageFactory(
            parent=fact_sheet_index, title="Fact Sheet 2023", publication_date=datetime.date(2023, 5, 1)
        ),
        FactSheetPageFactory(
            parent=fact_sheet_index, title="Fact Sheet 2024", publication_date=datetime.date(2024, 5, 1)
        ),
    ]
    sheets[0].topics.add(anerkennung)
    sheets[1].topics.add(anerkennung, pflege)
    dossier = DossierPageFactory(parent=dossier_index, title="Dossier 2024", publication_date=datetime.date(2024, 9, 1))
    dossier.topics.add(pflege)
    practice = GoodPracticePageFactory(
        parent=good_practice_index, title="Praxis 2025", publication_date=datetime.date(2025, 1, 10)
    )
    pages = [*sheets, dossier, practice]
    for page in pages:
        page.save()
    listed(*pages)
    return pages


def test_every_publication_newest_first_with_facet_counts(client, catalogue, mixed):
    soup = soup_of(client.get("/publikationen/"))
    assert titles(soup) == ["Praxis 2025", "Dossier 2024", "Fact Sheet 2024", "Fact Sheet 2023"]
    assert options(soup, "typ") == {
        "IQ Fact Sheets": (2, False),
        "Themendossiers": (1, False),
        "IQ Good Practice": (1, False),
    }
    assert options(soup, "thema") == {"Anerkennung": (2, False), "Pflege": (2, False)}
    assert list(options(soup, "jahr")) == ["2025", "2024", "2023"]
    assert options(soup, "hsp") and options(soup, "netzwerk")  # from the good-practice sheet
    count = soup.select_one("#catalogue-count")
    assert count["aria-live"] == "polite" and count.get_text(strip=True) == "4 Publikationen"


def test_facets_combine_and_each_value_counts_what_it_would_give(client, catalogue, mixed):
    soup = soup_of(client.get("/publikationen/", {"thema": "anerkennung", "jahr": "2024"}))
    assert titles(soup) == ["Fact Sheet 2024"]
    # A facet's own selection does not narrow its counts: ticking 2023 as well would add one.
    assert options(soup, "jahr") == {"2024": (1, True), "2023": (1, False)}
    assert options(soup, "thema") == {"Anerkennung": (1, True), "Pflege": (2, False)}
    assert options(soup, "typ") == {"IQ Fact Sheets": (1, False)}
    # Two values of one facet widen the result.
    soup = soup_of(client.get("/publikationen/", {"typ": ["themendossiers", "iq-good-practice"]}))
    assert titles(soup) == ["Praxis 2025", "Dossier 2024"]


def test_the_state_is_in_links_that_work_without_javascript(client, catalogue, mixed):
    soup = soup_of(client.get("/publikationen/", {"thema": "pflege", "q": "Dossier"}))
    form = soup.select_one("form.catalogue")
    assert form["method"] == "get" and form["action"] == "/publikationen/"
    assert soup.select_one("#catalogue-q")["value"] == "Dossier"
    remove = soup.select_one(".active-filters__remove")
    assert remove["href"] == "/publikationen/?q=Dossier"
    feed = soup.select_one('link[type="application/atom+xml"][href^="/publikationen/feed/"]')
    assert feed["href"] == "/publikationen/feed/?q=Dossier&thema=pflege"


def test_pagination_keeps_the_filter(client, catalogue, fact_sheet_index, listed):
    catalogue.per_page = 5
    catalogue.save()
    listed(*(FactSheetPageFactory(parent=fact_sheet_index, title=f"Blatt {n:02}") for n in range(12)))
    soup = soup_of(client.get("/publikationen/", {"typ": "iq-fact-sheets", "sortierung": "titel", "seite": "2"}))
    assert titles(soup) == [f"Blatt {n:02}" for n in range(5, 10)]
    assert soup.select_one('a[rel="next"]')["href"] == "/publikationen/?typ=iq-fact-sheets&sortierung=titel&seite=3"
    assert soup.select_one(".pagination a[aria-current=page]").get_text() == "2"


def test_cards_show_the_pdf_size_pages_and_accessibility(client, catalogue, published_fact_sheet):
    soup = soup_of(client.get("/publikationen/"))
    entry = CatalogueEntry.objects.get(pk=published_fact_sheet.pk)
    assert entry.pdf_byte_size and entry.pdf_page_count and entry.pdf_tagged and entry.pdf_pdfua_passed
    pdf = soup.select_one(".result__pdf a")
    # The same words as the download button on the publication's own page.
    size = filesizeformat(entry.pdf_byte_size)
    pages = entry.pdf_page_count
    assert pdf.get_text() == f"PDF, {size}, {pages} Seite{'n' if pages != 1 else ''}, barrierefrei (PDF/UA-1 geprüft)"
    assert pdf["href"] == published_fact_sheet.url + "pdf/"
    assert soup.select_one(".result__type").get_text(strip=True) == "IQ Fact Sheet"


def test_withdrawn_and_superseded_editions_are_marked_not_hidden(
    client, catalogue, dossier_index, published_fact_sheet, team, listed
):
    old = DossierPageFactory(parent=dossier_index, title="Dossier", edition="1.0")
    new = DossierPageFactory(parent=dossier_index, title="Dossier", slug="dossier-2", edition="2.0", supersedes=old)
    listed(new, old)
    page_withdraw(page=published_fact_sheet, user=team.freigabe, reason="Zahlen fehlerhaft, Korrektur folgt bald.")
    soup = soup_of(client.get("/publikationen/"))
    assert len(soup.select(".result")) == 3
    assert soup.select_one(".result--withdrawn .status--withdrawn").get_text() == "Zurückgezogen"
    assert soup.select_one(".result--superseded .status--superseded").get_text() == "Neuere Fassung vorhanden"


def test_unpublishing_takes_a_publication_out(client, catalogue, published_fact_sheet):
    assert CatalogueEntry.objects.filter(pk=published_fact_sheet.pk).exists()
    published_fact_sheet.unpublish()
    assert not CatalogueEntry.objects.filter(pk=published_fact_sheet.pk).exists()
    assert titles(soup_of(client.get("/publikationen/"))) == []


def test_drafts_are_not_listed(catalogue, draft_fact_sheet):
    assert catalogue_entry_refresh(page=draft_fact_sheet) is None


@pytest.mark.parametrize(
    ("params", "note"),
    [
        ({"typ": "gibt-es-nicht"}, "Den Filter „gibt-es-nicht“ gibt es nicht (mehr); er wurde entfernt."),
        ({"jahr": "<b>1</b>"}, "Der Filterwert „<b>1</b>“ für „Jahr“ ist ungültig und wurde ignoriert."),
        ({"seite": "99"}, "Seite 99 gibt es nicht; angezeigt wird die letzte Seite (1)."),
        ({"seite": "zwei"}, "„zwei“ ist keine Seitenzahl; angezeigt wird die erste Seite."),
        ({"q": "?!… –"}, "„?!… –“ enthält kein Wort, nach dem sich suchen lässt; gezeigt werden alle Publikationen."),
        (
            {"q": "Wort " * 2000},
            "Ihre Suche ist zu lang: erlaubt sind höchstens 200 Zeichen und 12 Suchbegriffe. "
            "Es wurde nicht gesucht; bitte kürzen Sie Ihre Suche.",
        ),
    ],
)
def test_bad_input_gets_a_helpful_page(client, catalogue, mixed, params, note):
    soup = soup_of(client.get("/publikationen/", params))
    assert note in [item.get_text() for item in soup.select(".catalogue-notes li")]


def test_no_results_suggests_a_spelling_and_removing_a_facet(client, catalogue, mixed):
    soup = soup_of(client.get("/publikationen/", {"q": "Dosier", "typ": "iq-fact-sheets"}))
    assert titles(soup) == []
    empty = soup.select_one(".catalogue-empty")
    assert empty.select_one("a").get_text() == "„Dossier“"
    assert empty.select_one("a")["href"] == "/publikationen/?q=Dossier&typ=iq-fact-sheets"
    removal = empty.select_one('a[href="/publikationen/?q=Dosier"]')
    assert removal is None  # „Dosier“ finds nothing even without the type
    soup = soup_of(client.get("/publikationen/", {"q": "Dossier", "typ": "iq-fact-sheets"}))
    removal = soup.select_one('.catalogue-empty a[href="/publikationen/?q=Dossier"]')
    assert removal.get_text() == "Ohne Filter „Publikationsart“: 1 Publikation"


def test_the_header_search_goes_to_the_catalogue(client, catalogue):
    response = client.get("/suche/", {"q": "Anerkennung"})
    assert response.status_code == 302 and response["Location"] == "/publikationen/?q=Anerkennung"


def test_search_without_a_catalogue_explains(client, home_page):
    response = client.get("/suche/", {"q": "Anerkennung"})
    assert response.status_code == 404
    assert "Die Suche ist noch nicht eingerichtet" in response.content.decode()


def test_the_feed_follows_the_filter(client, catalogue, mixed):
    response = client.get("/publikationen/feed/", {"typ": "iq-fact-sheets"})
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")] == [
        "IQ Fact Sheet: Fact Sheet 2024",
        "IQ Fact Sheet: Fact Sheet 2023",
    ] or sorted(entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")) == [
        "IQ Fact Sheet: Fact Sheet 2023",
        "IQ Fact Sheet: Fact Sheet 2024",
    ]
    assert "Publikationsart: iq-fact-sheets" in feed.find(f"{ATOM}title").text


@pytest.mark.parametrize("params", [{}, {"typ": "iq-fact-sheets", "thema": "anerkennung"}, {"q": "Beratung"}])
def test_queries_do_not_grow_with_the_catalogue(
    client, catalogue, fact_sheet_index, listed, django_assert_max_num_queries, params
):
    topic = TopicFactory(name="Anerkennung", slug="anerkennung")

    def add(count):
        pages = [FactSheetPageFactory(parent=fact_sheet_index, teaser="Beratung.") for _ in range(count)]
        for page in pages:
            page.topics.add(topic)
        listed(*pages)

    add(10)
    client.get("/publikationen/", params)
    # 18 since the English editions: Wagtail's routing looks up the active locale,
    # and the header the page's language editions (cms/i18n/editions.py).
    with django_assert_max_num_queries(18) as small:
        client.get("/publikationen/", params)
    add(190)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get("/publikationen/", params)
    assert "200 Publikationen" in response.content.decode()


def test_a_submitted_form_lands_on_the_short_address_of_its_state(client, catalogue, mixed):
    response = client.get("/publikationen/", {"q": "", "typ": "iq-fact-sheets", "sortierung": "datum", "seite": "1"})
    assert response.status_code == 302
    assert response["Location"] == "/publikationen/?typ=iq-fact-sheets"
    assert client.get(response["Location"]).status_code == 200
