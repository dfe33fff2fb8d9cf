"""A reader finds a fact sheet, reads it and downloads the accessible PDF;
every page passes axe-core's WCAG 2.1 A/AA rules."""

import pytest

from tests.browser.steps import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reader_finds_reads_and_downloads_a_fact_sheet(page, site):
    page.goto(site["url"] + "/")
    assert_accessible(page)

    page.get_by_role("navigation", name="Hauptnavigation").get_by_role("link", name="IQ Fact Sheets").click()
    assert page.get_by_role("heading", level=1).inner_text() == "IQ Fact Sheets"
    assert_accessible(page)

    page.get_by_role("link", name="IQ Beratung 2023 in Zahlen").click()
    assert page.get_by_role("heading", level=1).inner_text() == "IQ Beratung 2023 in Zahlen"
    assert "61.400" in page.locator(".key-figure__value").first.inner_text()
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="PDF herunterladen").click()
    download = download_info.value
    assert download.suggested_filename == "IQ-Fact-Sheet-Beratung-2023-in-Zahlen.pdf"
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"


def test_keyboard_users_can_skip_to_the_content(page, site):
    page.goto(site["url"] + "/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Zum Inhalt springen"
    assert skip.is_visible(), "the skip link must become visible on focus"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("slug", ["impressum", "datenschutz", "barrierefreiheit"])
def test_legal_pages_are_accessible(page, site, slug):
    page.goto(f"{site['url']}/{slug}/")
    assert page.get_by_role("heading", level=1).is_visible()
    assert_accessible(page)
