"""The English edition in a real browser (issue 14, "What it must show"): no axe-core
WCAG 2.1 A/AA violation on the English home page, the English catalogue (also with
a search) and translated publications; ``<html lang="en">``; the switcher leads to
the German page; the English PDF download is a PDF.

The site is built as the other browser tests build theirs (factories, published past
the workflow with their PDFs rendered), its English pages translated as
wagtail-localize translates them (tests/i18n/translations.py)."""

import pytest

from cms.catalogue.indexing import catalogue_entry_refresh
from cms.factories import CataloguePageFactory
from goodpractice.factories import GoodPracticePageFactory
from tests.browser.steps import assert_accessible
from tests.i18n.translations import translate
from tests.publishing import publish

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def english_site(site, home_page, good_practice_index, django_capture_on_commit_callbacks):
    """The German site with a catalogue, a fact sheet and two good practice sheets, and the
    English edition of each, as the demo has them (demo/english/seed.py)."""
    capture = django_capture_on_commit_callbacks
    catalogue = CataloguePageFactory(parent=home_page)
    practices = [
        publish(
            GoodPracticePageFactory(parent=good_practice_index, live=False, slug=slug), capture=capture, title=title
        )
        for title, slug in (
            ("Anerkennungslotsen im Jobcenter", "anerkennungslotsen-im-jobcenter"),
            ("Sprachcafé Technik", "sprachcafe-technik"),
        )
    ]
    with capture(execute=True):
        for page in (site["sheet"], *practices):
            catalogue_entry_refresh(page=page)

    def english(page, title, slug=None):
        # Without a slug, the home page's: wagtail-localize gives it one beside the German home's.
        return translate(page, capture=capture, title=title, **({"slug": slug} if slug else {}))

    english_home = english(home_page, "Integration through Qualification")
    english_catalogue = english(catalogue, "Publications", "publications")
    english(site["index"], "IQ Fact Sheets", "iq-fact-sheets")
    english_sheet = english(site["sheet"], "IQ counselling 2023 in figures", "iq-counselling-2023-in-figures")
    english(good_practice_index, "IQ Good Practice", "good-practice")
    english_practices = [
        english(practices[0], "Recognition guides at the job centre", "recognition-guides-at-the-jobcenter"),
        english(practices[1], "Technical language café", "technical-language-cafe"),
    ]
    return {
        **site,
        "home": english_home,
        "catalogue": english_catalogue,
        "sheet_en": english_sheet,
        "practices": practices,
        "practices_en": english_practices,
    }


def _english_pages(english_site):
    return {
        "home": english_site["home"].url,
        "catalogue": english_site["catalogue"].url,
        "catalogue-search": english_site["catalogue"].url + "?q=counselling",
        "fact-sheet": english_site["sheet_en"].url,
        **{f"good-practice-{page.slug}": page.url for page in english_site["practices_en"]},
    }


def test_english_pages_are_english_and_accessible(page, english_site):
    pages = _english_pages(english_site)
    assert pages["home"] == "/en/"
    assert pages["catalogue"] == "/en/publications/"
    for name, path in pages.items():
        response = page.goto(english_site["url"] + path)
        assert response.status == 200, (name, path, response.status)
        assert page.evaluate("document.documentElement.lang") == "en", name
        assert page.get_by_role("heading", level=1).is_visible(), name
        assert_accessible(page)


def test_the_english_catalogue_finds_english_editions(page, english_site):
    page.goto(english_site["url"] + "/en/publications/?q=counselling")
    titles = page.locator(".result__title").all_inner_texts()
    assert titles == ["IQ counselling 2023 in figures"]


@pytest.mark.parametrize("which", ["sheet", "practice"])
def test_the_switcher_leads_to_the_german_edition(page, english_site, which):
    english, german = (
        (english_site["sheet_en"], english_site["sheet"])
        if which == "sheet"
        else (english_site["practices_en"][0], english_site["practices"][0])
    )
    page.goto(english_site["url"] + english.url)
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Deutsch").click()
    page.wait_for_url(english_site["url"] + german.url)
    assert page.evaluate("document.documentElement.lang") == "de"
    assert page.get_by_role("heading", level=1).inner_text() == german.title
    assert_accessible(page)


def test_the_english_pdf_download_is_a_pdf(page, english_site):
    sheet = english_site["sheet_en"]
    page.goto(english_site["url"] + sheet.url)
    link = page.get_by_role("link", name="Download PDF")
    href = link.get_attribute("href")
    assert href == sheet.url + "pdf/"
    response = page.request.get(english_site["url"] + href, max_redirects=0)
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF-")
    with page.expect_download() as download_info:
        link.click()
    with open(download_info.value.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"
