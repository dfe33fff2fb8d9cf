"""The demo's English edition in a real browser: the pages ``seed_demo`` translates,
with their real English texts, pictures and charts (demo/english/), pass axe-core's
WCAG 2.1 A/AA rules, say ``lang="en"``, switch to German and download English PDFs.

test_english_edition_browser.py checks the same on a site built from factories. Here
the test seeds the demo itself, committed, and so is one test only: the module-scoped
``seeded`` fixture (tests/demo/seeded.py) keeps its seed in an open transaction, and the
live server's own connection to the in-memory test database cannot read past it
("database table is locked"); a live-server test ends with a flush of every table,
which would empty a seed shared with a next test anyway."""

import pytest

from factsheets.models import FactSheetPage
from goodpractice.models import GoodPracticePage
from tests.browser.steps import assert_accessible
from tests.demo.seeded import seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ENGLISH_PAGES = [
    "/en/",
    "/en/publications/",
    "/en/publications/?q=counselling",
    "/en/legal-notice/",
    "/en/accessibility-statement/",
]


def test_the_demo_english_edition_in_the_browser(live_server, page):
    seed()
    sheet = FactSheetPage.objects.live().get(locale__language_code="en")
    practices = list(GoodPracticePage.objects.live().filter(locale__language_code="en").order_by("path"))
    assert len(practices) >= 2
    publications = [sheet, *practices]

    for path in ENGLISH_PAGES + [publication.url for publication in publications]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, (path, response.status)
        assert page.evaluate("document.documentElement.lang") == "en", path
        assert page.get_by_role("heading", level=1).is_visible(), path
        assert_accessible(page)

    # The catalogue's search finds the English fact sheet in English.
    page.goto(live_server.url + "/en/publications/?q=counselling")
    assert sheet.title in page.locator(".result__title").all_inner_texts()

    for publication in publications:
        page.goto(live_server.url + publication.url)
        link = page.get_by_role("link", name="Download PDF")
        href = link.get_attribute("href")
        assert href == publication.url + "pdf/"
        response = page.request.get(live_server.url + href, max_redirects=0)
        assert (response.status, response.headers["content-type"]) == (200, "application/pdf"), href
        assert response.body().startswith(b"%PDF-"), href

    german = sheet.get_translation(sheet.locale.get_default())
    page.goto(live_server.url + sheet.url)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF").click()
    with open(download_info.value.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Deutsch").click()
    page.wait_for_url(live_server.url + german.url)
    assert page.evaluate("document.documentElement.lang") == "de"
    assert page.get_by_role("heading", level=1).inner_text() == german.title
    assert_accessible(page)
