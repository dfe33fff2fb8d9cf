"""The sitemap lists both languages' live pages, each with its alternates."""

import xml.etree.ElementTree as ET

import pytest

from tests.i18n.translations import translate_with_ancestors

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.mark.django_db
def test_sitemap_lists_german_and_english_pages_with_alternates(
    client, published_fact_sheet, make_published_fact_sheet, django_capture_on_commit_callbacks
):
    only_german = make_published_fact_sheet(title="Nur Deutsch")
    english = translate_with_ancestors(
        published_fact_sheet, capture=django_capture_on_commit_callbacks, title="IQ counselling in figures"
    )
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {url.find(f"{SITEMAP}loc").text: url for url in root.iter(f"{SITEMAP}url")}
    base = "http://testserver"
    for page in (published_fact_sheet, english, only_german):
        assert base + page.url in urls, page.url
    assert base + english.url + "pdf/" in urls
    assert base + "/en/" in urls and base + "/" in urls
    alternates = {link.get("hreflang"): link.get("href") for link in urls[base + english.url].iter(f"{XHTML}link")}
    assert alternates == {
        "de": base + published_fact_sheet.url,
        "en": base + english.url,
        "x-default": base + published_fact_sheet.url,
    }
    assert not list(urls[base + only_german.url].iter(f"{XHTML}link"))
