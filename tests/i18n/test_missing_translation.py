"""``/en/…`` of a page without an English translation: 404, with the German edition linked."""

import pytest
from bs4 import BeautifulSoup

from tests.i18n.translations import translate_with_ancestors


def _soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
@pytest.mark.parametrize("translate_home", [False, True], ids=["no-english-site", "english-home-only"])
def test_english_url_of_an_untranslated_page_links_to_the_german_edition(
    client, published_fact_sheet, django_capture_on_commit_callbacks, translate_home
):
    german = published_fact_sheet
    if translate_home:
        translate_with_ancestors(german.get_parent(), capture=django_capture_on_commit_callbacks)
    for path in (f"/en{german.url}", f"/en{german.url}pdf/"):
        response = client.get(path)
        assert response.status_code == 404, path
        soup = _soup(response)
        assert soup.html["lang"] == "en"
        assert soup.h1.get_text(strip=True) == "This page is not available in English"
        link = soup.select_one(".missing-translation__link")
        assert link["href"] == german.url
        assert link["hreflang"] == "de"
        assert link.get_text(strip=True) == german.title


@pytest.mark.django_db
def test_the_missing_translation_page_is_shown_with_debug_on_too(client, settings, published_fact_sheet):
    # `make run` serves with DEBUG, where an Http404 becomes Django's technical page.
    settings.DEBUG = True
    response = client.get(f"/en{published_fact_sheet.url}")
    assert response.status_code == 404
    link = _soup(response).select_one(".missing-translation__link")
    assert link is not None and link["href"] == published_fact_sheet.url


@pytest.mark.django_db
def test_unknown_urls_get_the_ordinary_404_in_their_language(client, published_fact_sheet):
    german = _soup(client.get("/gibt-es-nicht/"))
    assert german.html["lang"] == "de"
    assert german.h1.get_text(strip=True) == "Seite nicht gefunden"
    assert not german.select(".missing-translation__link")
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    english = _soup(response)
    assert english.h1.get_text(strip=True) == "Page not found"
    assert not english.select(".missing-translation__link")


@pytest.mark.django_db
def test_a_restricted_german_page_is_not_revealed(client, published_fact_sheet):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=published_fact_sheet, restriction_type="password", password="geheim")
    response = client.get(f"/en{published_fact_sheet.url}")
    assert response.status_code == 404
    assert not _soup(response).select(".missing-translation__link")
