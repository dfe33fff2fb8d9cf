"""``<html lang>``, the hreflang alternates and the language switcher."""

import pytest
from bs4 import BeautifulSoup


def _soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_both_editions_name_each_other_as_hreflang_alternates(client, translated_fact_sheet):
    german, english = translated_fact_sheet
    expected = {
        "de": "http://testserver" + german.url,
        "en": "http://testserver" + english.url,
        "x-default": "http://testserver" + german.url,
    }
    for page in (german, english):
        soup = _soup(client.get(page.url))
        alternates = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}
        assert alternates == expected


@pytest.mark.django_db
def test_switcher_leads_to_the_same_page_in_the_other_language(client, translated_fact_sheet):
    german, english = translated_fact_sheet
    link = _soup(client.get(german.url)).select_one(".language-switcher a")
    assert link["href"] == english.url
    assert (link["hreflang"], link["lang"], link.get_text(strip=True)) == ("en", "en", "English")
    assert not link.has_attr("aria-current")
    back = _soup(client.get(english.url)).select_one(".language-switcher a")
    assert back["href"] == german.url
    assert (back["hreflang"], back["lang"], back.get_text(strip=True)) == ("de", "de", "Deutsch")


@pytest.mark.django_db
def test_page_without_translation_says_so_and_offers_the_other_home(
    client, translated_fact_sheet, make_published_fact_sheet
):
    german, english = translated_fact_sheet
    only_german = make_published_fact_sheet(title="Nur auf Deutsch")
    soup = _soup(client.get(only_german.url))
    assert not soup.select('link[rel="alternate"][hreflang]')
    switcher = soup.select_one(".language-switcher")
    assert "Diese Seite gibt es nicht auf Englisch." in switcher.get_text(" ", strip=True)
    assert switcher.select_one("a")["href"] == "/en/"


@pytest.mark.django_db
def test_english_page_without_german_live_edition_says_so_in_english(
    client, translated_fact_sheet, django_capture_on_commit_callbacks
):
    german, english = translated_fact_sheet
    with django_capture_on_commit_callbacks(execute=True):
        german.unpublish()
    soup = _soup(client.get(english.url))
    assert soup.html["lang"] == "en"
    switcher = soup.select_one(".language-switcher")
    assert "This page is not available in German." in switcher.get_text(" ", strip=True)
    assert switcher.select_one("a")["href"] == "/"


@pytest.mark.django_db
def test_english_pages_have_english_chrome(client, translated_fact_sheet, legal_pages):
    german, english = translated_fact_sheet
    soup = _soup(client.get(english.url))
    assert soup.select_one(".skip-link").get_text(strip=True) == "Skip to content"
    assert soup.select_one("nav.site-footer__links, .site-footer nav")["aria-label"] == "Legal"
    assert soup.select_one("form.header-search")["action"] == "/en/suche/"
    assert soup.select_one(".site-brand")["href"] == "/en/"
    german_soup = _soup(client.get(german.url))
    assert german_soup.select_one(".skip-link").get_text(strip=True) == "Zum Inhalt springen"
    assert german_soup.select_one("form.header-search")["action"] == "/suche/"


@pytest.mark.django_db
def test_an_english_publication_page_labels_its_dates_and_pdf_in_english(client, translated_fact_sheet):
    german, english = translated_fact_sheet
    header = _soup(client.get(english.url)).select_one(".publication-header")
    labels = [term.get_text(strip=True) for term in header.select(".meta-list dt")]
    assert "Published" in labels and "Erschienen" not in labels
    published = header.select_one(".meta-list time").get_text(strip=True)
    assert published == english.publication_date.strftime("%-d %B %Y"), "no German '1. June 2024' mix"
    button = header.select_one(".pdf-download a.button")
    assert button.get_text(" ", strip=True).startswith("Download PDF")
    assert " page" in button.get_text(" ", strip=True) and "Seite" not in button.get_text(" ", strip=True)
    german_header = _soup(client.get(german.url)).select_one(".publication-header")
    assert german_header.select_one(".pdf-download a.button").get_text(" ", strip=True).startswith("PDF herunterladen")
    assert "Erschienen" in [term.get_text(strip=True) for term in german_header.select(".meta-list dt")]
