"""The page cache forgets an edition when its other language changes."""

import pytest

from tests.i18n.translations import translate_with_ancestors
from tests.publishing import publish


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.IQ_PAGE_CACHE_ENABLED = True


def _state(client, url: str) -> str:
    response = client.get(url)
    return f"{response.status_code} {response.get('X-Cache', '-')}"


@pytest.mark.django_db
def test_changing_the_german_edition_makes_the_english_one_stale(
    client, published_fact_sheet, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    english = translate_with_ancestors(published_fact_sheet, capture=capture, title="IQ counselling in figures")
    home = english.get_parent().get_parent()
    for url in (english.url, home.url):
        client.get(url)
        assert _state(client, url) == "200 HIT", url
    # Its switcher and hreflang links name the German edition, which is now offline.
    with capture(execute=True):
        published_fact_sheet.unpublish()
    assert _state(client, english.url) == "200 MISS"
    assert "This page is not available in German." in client.get(english.url).content.decode()
    client.get(home.url)
    publish(published_fact_sheet, capture=capture)
    assert _state(client, home.url) == "200 MISS"
