"""The fixed texts of the English catalogue, alert pages and mails, and the
subproject directory: facet names, fixed facet values, sort options, counts,
filter chips, notes, pagination. The German pages keep theirs; the facet values
in the URLs stay the same in both languages."""

import re

from django.core import mail

import pytest
from bs4 import BeautifulSoup

from cms.alerts.delivery import alerts_send_for_publication
from cms.choices import Bundesland
from cms.factories import CataloguePageFactory, OrganisationFactory
from cms.models import AlertFrequency, AlertSubscription, CatalogueEntry, SubprojectDirectoryPage
from cms.models.subproject import Subproject
from tests.i18n.translations import translate, translate_with_ancestors

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+")


def soup_of(response, status=200):
    assert response.status_code == status
    return BeautifulSoup(response.content, "html.parser")


def text_of(soup, selector):
    return [element.get_text(" ", strip=True) for element in soup.select(selector)]


@pytest.fixture
def catalogue(home_page):
    return CataloguePageFactory(parent=home_page, per_page=5)


@pytest.fixture
def english_catalogue(catalogue, make_published_fact_sheet, django_capture_on_commit_callbacks):
    """The English catalogue with one English edition beside two German publications."""
    capture = django_capture_on_commit_callbacks
    source = make_published_fact_sheet(title="Beratung in Zahlen", slug="beratung")
    make_published_fact_sheet(title="Anerkennung in Zahlen", slug="anerkennung")
    translate_with_ancestors(source, capture=capture, title="Counselling in figures", slug="counselling")
    return translate(catalogue, capture=capture, title="Publications", slug="publications")


def test_the_english_catalogue_names_its_facets_sort_and_count_in_english(client, english_catalogue):
    soup = soup_of(client.get(english_catalogue.url))

    legends = text_of(soup, ".facet__legend")
    assert "Type of publication" in legends and "Language" in legends and "Year" in legends
    assert "Publikationsart" not in legends and "Sprache" not in legends
    languages = {
        soup.select_one(f'label[for="{box["id"]}"]').get_text(" ", strip=True)
        for box in soup.select('input[name="sprache"]')
    }
    # Counted over every language; the values in the form stay the language codes.
    assert languages == {"English (1 publication )", "German (2 publications )"}
    assert [box["value"] for box in soup.select('input[name="sprache"]')] == ["de", "en"]
    assert text_of(soup, "#catalogue-sort option") == ["Date (newest first)", "Title (A–Z)"]
    assert soup.select_one('label[for="catalogue-sort"]').get_text() == "Sort by"
    assert soup.select_one("#catalogue-count").get_text(strip=True) == "1 publication"
    assert soup.select_one(".catalogue__facets-heading").get_text(strip=True) == "Filters"
    assert soup.find("button", string="Apply filters")
    assert soup.find("a", string="Get email alerts for this selection")["href"].startswith(
        "/en/benachrichtigungen/einrichten/"
    )

    card = soup.select_one(".result")
    date = card.select_one(".result__meta time").get_text()
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", date), date
    assert card.select_one(".result__meta span[lang=en]").get_text() == "English"
    pdf = card.select_one(".result__pdf a")
    assert pdf["aria-label"].startswith("Download Counselling in figures as PDF (")
    assert "1 page" in pdf.get_text() and "Seite" not in pdf.get_text()
    assert "accessible (PDF/UA-1 checked)" in pdf.get_text()


def test_a_facet_applied_on_the_english_catalogue_shows_english_chips(client, english_catalogue):
    soup = soup_of(client.get(english_catalogue.url, {"sprache": "de", "typ": "iq-fact-sheets"}))

    assert soup.select_one(".catalogue__facets-active").get_text(strip=True) == "(2 active)"
    assert soup.select_one(".active-filters__heading").get_text() == "Your selection"
    chips = text_of(soup, ".active-filters__remove")
    assert "Language: German × – remove filter" in chips
    assert "Type of publication: IQ Fact Sheets × – remove filter" in chips
    assert not [chip for chip in chips if "Filter entfernen" in chip or "Sprache" in chip]
    assert soup.select_one("#catalogue-count").get_text(strip=True) == "2 publications"
    assert soup.find("a", string="Reset all filters and search")
    # The filter links keep the German parameter names and values.
    (remove_german,) = [
        chip for chip in soup.select(".active-filters__remove") if chip.get_text().startswith("Language: German")
    ]
    assert remove_german["href"] == f"{english_catalogue.url}?typ=iq-fact-sheets"


def test_an_english_search_without_results_helps_in_english(client, english_catalogue):
    soup = soup_of(client.get(english_catalogue.url, {"q": "Counselling", "sprache": "de"}))

    assert soup.select_one("#catalogue-count").get_text(strip=True) == "No publication found for “Counselling”"
    empty = soup.select_one(".catalogue-empty").get_text(" ", strip=True)
    assert "There is no publication for your search and selection." in empty
    assert "Tips: check the spelling" in empty
    assert "Without the filter “Language”: 1 publication" in empty
    assert "Search without a search term" in empty
    assert "Publikation" not in empty and "Tipps" not in empty
    assert soup.title.get_text().startswith("Search: Counselling – ")


def test_too_long_and_hostile_queries_are_explained_in_english(client, english_catalogue, settings):
    long_query = " ".join(["word"] * (settings.IQ_SEARCH_MAX_TERMS + 1))
    soup = soup_of(client.get(english_catalogue.url, {"q": long_query, "typ": "<script>", "seite": "x"}))

    notes = text_of(soup, ".catalogue-notes li")
    assert (
        f"Your search is too long: at most {settings.IQ_SEARCH_MAX_QUERY_CHARS} characters and "
        f"{settings.IQ_SEARCH_MAX_TERMS} search terms are allowed. Nothing has been searched for; "
        "please shorten your search."
    ) in notes
    assert "The filter value “<script>” for “Type of publication” is not valid and has been ignored." in notes
    assert "“x” is not a page number; the first page is shown." in notes
    assert not [note for note in notes if "Suche" in note or "Filterwert" in note]
    assert soup.select_one(".catalogue-notes script") is None


def test_the_second_page_of_the_english_catalogue(
    client, catalogue, make_published_fact_sheet, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    sources = [make_published_fact_sheet(title=f"Zahlen {number}", slug=f"zahlen-{number}") for number in range(6)]
    translate_with_ancestors(sources[0], capture=capture, title="Figures 0", slug="figures-0")
    for number, source in enumerate(sources[1:], start=1):
        translate(source, capture=capture, title=f"Figures {number}", slug=f"figures-{number}")
    english = translate(catalogue, capture=capture, title="Publications", slug="publications")

    first = soup_of(client.get(english.url))
    pagination = first.select_one("nav.pagination")
    assert pagination["aria-label"] == "Pages of the results"
    assert first.select_one(".pagination__summary").get_text() == "Page 1 of 2"
    assert pagination.find("a", rel="next").get_text() == "Next page"
    second = soup_of(client.get(english.url, {"seite": "2"}))
    assert second.select_one(".pagination__summary").get_text() == "Page 2 of 2"
    assert second.select_one("nav.pagination").find("a", rel="prev").get_text() == "Previous page"
    assert "Seite" not in second.select_one("nav.pagination").get_text()


def test_the_german_catalogue_keeps_its_german_labels(client, english_catalogue, catalogue):
    soup = soup_of(client.get(catalogue.url, {"typ": "iq-fact-sheets", "q": "Zahlen", "seite": "x"}))

    assert "Publikationsart" in text_of(soup, ".facet__legend")
    assert set(text_of(soup, "#catalogue-sort option")) == {
        "Relevanz",
        "Datum (neueste zuerst)",
        "Titel (A–Z)",
    }
    assert soup.select_one("#catalogue-count").get_text(strip=True) == "2 Publikationen für „Zahlen“"
    assert "Publikationsart: IQ Fact Sheets × – Filter entfernen" in text_of(soup, ".active-filters__remove")
    assert "„x“ ist keine Seitenzahl; angezeigt wird die erste Seite." in text_of(soup, ".catalogue-notes li")
    languages = [label.get_text(" ", strip=True) for label in soup.select('label[for^="facet-sprache-"]')]
    assert "Deutsch (2 Publikationen )" in languages


def test_the_english_alert_form_and_its_mails_are_english(client, english_catalogue):
    url = "/en/benachrichtigungen/einrichten/?typ=iq-fact-sheets&sprache=en"
    soup = soup_of(client.get(url))
    assert soup.h1.get_text() == "Set up an email alert"
    assert "Your selection: Type of publication: IQ Fact Sheets · Language: English" in soup.main.get_text(
        " ", strip=True
    )
    assert soup.select_one('label[for="id_email"]').get_text() == "Email address"
    assert soup.find("button", string="Request alert")

    refused = soup_of(client.post(url, {"email": "kein", "frequency": "täglich"}), status=400)
    errors = text_of(refused, ".error-summary li")
    assert "Please enter a valid email address, e.g. name@example.org." in errors
    assert "Please choose “immediately” or “weekly”." in errors
    assert refused.select_one(".error-summary h2").get_text() == "Please check your details"

    sent = soup_of(client.post(url, {"email": "reader@example.org", "frequency": "sofort"}))
    assert sent.h1.get_text() == "Please confirm your email address"
    (message,) = mail.outbox
    assert message.subject == "Please confirm your alert for new IQ publications"
    assert message.body.startswith("Hello,")
    assert "Type of publication: IQ Fact Sheets · Language: English" in message.body
    assert '<html lang="en">' in message.alternatives[0][0]
    (confirm,) = [link for link in LINK.findall(message.body) if "/bestaetigen/" in link]
    assert "/en/benachrichtigungen/bestaetigen/" in confirm

    path = confirm.split("://", 1)[1].split("/", 1)[1]
    confirmed = soup_of(client.post(f"/{path}"))
    assert confirmed.h1.get_text() == "Thank you, your alert has been set up"
    subscription = AlertSubscription.objects.get()
    assert (subscription.language, subscription.frequency) == ("en", AlertFrequency.IMMEDIATE)

    mail.outbox.clear()
    entry = CatalogueEntry.objects.get(edition_language="en")
    AlertSubscription.objects.filter(pk=subscription.pk).update(confirmed_at=entry.page.first_published_at)
    assert alerts_send_for_publication(page_id=entry.pk) == 1
    (news,) = mail.outbox
    assert news.subject.startswith("New IQ publication: Counselling in figures – ")
    assert "a new publication matching your selection has appeared:" in news.body
    assert "/en/benachrichtigungen/abmelden/" in news.body and "Unsubscribe with one click:" in news.body
    assert "Benachrichtigung" not in news.body


def test_the_english_subproject_directory(client, home_page, django_capture_on_commit_callbacks):
    directory = SubprojectDirectoryPage(title="Teilprojekte", slug="teilprojekte", per_page=5)
    home_page.add_child(instance=directory)
    translate(home_page, capture=django_capture_on_commit_callbacks, title="Home")
    english = translate(directory, capture=django_capture_on_commit_callbacks, title="Subprojects", slug="subprojects")
    Subproject.objects.create(name="Anerkennungslotsen", bundesland=Bundesland.TH, carrier=OrganisationFactory())

    listing = soup_of(client.get(english.url))
    assert listing.select_one("#catalogue-count").get_text(strip=True) == "1 subproject"
    assert listing.select_one(".result__type").get_text() == "Subproject · ongoing"
    assert {"Network / federal state", "Status"} <= set(text_of(listing, ".facet__legend"))
    assert "Thuringia (1 subproject )" in text_of(listing, 'label[for^="facet-netzwerk-"]')
    soup = soup_of(client.get(english.url, {"q": "nichts"}))
    assert soup.select_one("#catalogue-count").get_text(strip=True) == "No subproject found for “nichts”"
    assert "There is no subproject for your search and selection." in soup.select_one(".catalogue-empty").get_text()
    assert soup.select_one("form.catalogue")["aria-label"] == "Search and filter subprojects"
    missing = soup_of(client.get(f"{english.url}gibtsnicht/"), status=404)
    assert missing.h1.get_text() == "This subproject is not listed here"
