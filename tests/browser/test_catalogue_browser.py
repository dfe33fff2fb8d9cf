"""The reader's side in a real browser, at a desktop and a phone width: no
axe-core WCAG 2.1 A/AA violation on the home page, the catalogue in its states
and every publication type; the catalogue works by keyboard alone; and
screenshots for people to look at (tests/browser/screenshots/, not in git)."""

import re
from pathlib import Path

import pytest

from cms.catalogue.indexing import catalogue_entry_refresh
from cms.factories import (
    CataloguePageFactory,
    EasyLanguagePageFactory,
    SignLanguagePageFactory,
    SubprojectDirectoryPageFactory,
    TopicFactory,
)
from dossiers.factories import DossierPageFactory
from goodpractice.factories import GoodPracticePageFactory
from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory
from tests.browser.steps import assert_accessible
from tests.publishing import publish

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).parent / "screenshots"
WIDTHS = {"desktop": (1280, 900), "phone": (375, 812)}


@pytest.fixture
def reader_site(
    site, home_page, dossier_index, magazine_archive, good_practice_index, django_capture_on_commit_callbacks
):
    """One live publication of every type, in the catalogue."""
    topic = TopicFactory(name="Anerkennung", slug="anerkennung")
    site["sheet"].topics.add(topic)
    site["sheet"].save()
    dossier = publish(DossierPageFactory(parent=dossier_index, live=False), capture=django_capture_on_commit_callbacks)
    issue = publish(
        MagazineIssuePageFactory(parent=magazine_archive, live=False), capture=django_capture_on_commit_callbacks
    )
    article = MagazineArticlePageFactory(parent=issue)
    # A good-practice sheet goes live only after the board's selection; here it simply is.
    practice = GoodPracticePageFactory(parent=good_practice_index, title="Mentoring für Ingenieurinnen")
    catalogue = CataloguePageFactory(parent=home_page)
    EasyLanguagePageFactory(parent=home_page)
    SignLanguagePageFactory(parent=home_page)
    SubprojectDirectoryPageFactory(parent=home_page)
    with django_capture_on_commit_callbacks(execute=True):
        for page in (site["sheet"], dossier, issue, practice):
            catalogue_entry_refresh(page=page)
    return {
        **site,
        "catalogue": catalogue,
        "publications": [site["sheet"], dossier, issue, article, practice],
    }


def _pages(reader_site):
    catalogue = reader_site["catalogue"].url
    pages = {
        "startseite": "/",
        "katalog": catalogue,
        "katalog-zwei-filter": catalogue + "?typ=iq-fact-sheets&thema=anerkennung",
        "suche": catalogue + "?q=Beratungen",
        "suche-ohne-treffer": catalogue + "?q=Quantenphysik",
        "benachrichtigung": "/benachrichtigungen/einrichten/?typ=iq-fact-sheets",
        "teilprojekte": "/teilprojekte/",
        "leichte-sprache": "/leichte-sprache/",
        "gebaerdensprache": "/gebaerdensprache/",
        "impressum": "/impressum/",
        "datenschutz": "/datenschutz/",
        "barrierefreiheit": "/barrierefreiheit/",
    }
    for publication in reader_site["publications"]:
        pages[f"publikation-{type(publication).__name__}"] = publication.url
    return pages


@pytest.mark.parametrize("width", WIDTHS)
def test_reader_pages_have_no_accessibility_violations(browser, reader_site, width):
    context = browser.new_context(locale="de-DE", viewport=dict(zip(("width", "height"), WIDTHS[width], strict=True)))
    tab = context.new_page()
    SCREENSHOTS.mkdir(exist_ok=True)
    try:
        for name, path in _pages(reader_site).items():
            response = tab.goto(reader_site["url"] + path)
            assert response.status == 200, path
            assert_accessible(tab)
            if name in ("startseite", "katalog", "suche", "publikation-FactSheetPage"):
                tab.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)
    finally:
        context.close()


def test_the_catalogue_works_by_keyboard_alone(page, reader_site):
    page.goto(reader_site["url"] + reader_site["catalogue"].url)
    count = page.locator("#catalogue-count")
    assert count.get_attribute("aria-live") == "polite"
    assert count.inner_text() == "4 Publikationen"

    # Tab through the page until the fact-sheet type checkbox has the focus.
    target = page.get_by_role("checkbox", name=re.compile(r"^IQ Fact Sheets \(1"))
    for _ in range(60):
        page.keyboard.press("Tab")
        if target.evaluate("box => box === document.activeElement"):
            break
    else:
        pytest.fail("the facet checkbox is not reachable with Tab")
    outline = target.evaluate("box => getComputedStyle(box).outlineStyle")
    assert outline not in ("", "none"), "the focused checkbox shows no focus outline"
    page.keyboard.press("Space")
    assert target.is_checked()
    # On to „Filter anwenden“ and submit with Enter.
    apply = page.get_by_role("button", name="Filter anwenden")
    for _ in range(60):
        page.keyboard.press("Tab")
        if apply.evaluate("button => button === document.activeElement"):
            break
    page.keyboard.press("Enter")
    page.wait_for_url("**/publikationen/?typ=iq-fact-sheets")
    assert page.locator("#catalogue-count").inner_text() == "1 Publikation"
    assert page.locator(".result__title").all_inner_texts() == [reader_site["sheet"].title]
