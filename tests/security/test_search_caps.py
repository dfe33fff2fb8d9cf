"""Every search is bounded: a 100,000-character ``"a" OR "a" OR …`` query kept
the admin page search busy for 94 s. Over IQ_SEARCH_MAX_QUERY_CHARS or
IQ_SEARCH_MAX_TERMS the admin searches the beginning and says so, and the
public catalogue does not search at all and says so. The tests count what
reaches the search backend and the database, never the clock."""

from urllib.parse import parse_qs, urlsplit

from django.contrib.messages import get_messages
from django.urls import reverse

from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Boost, Not, Or, SearchQuery

import pytest
from bs4 import BeautifulSoup

from cms.catalogue.indexing import catalogue_entry_refresh
from cms.factories import CataloguePageFactory, UserFactory
from cms.search.limits import search_query_capped, search_query_too_long
from factsheets.factories import FactSheetPageFactory
from tests.publishing import publish

pytestmark = pytest.mark.django_db

#: What the report measured: 100,000 characters of quoted terms joined by OR.
OR_BOMB = ('"a" OR ' * 15_000)[:100_000]
#: Short enough, but more terms than allowed.
MANY_WORDS = " ".join(f"wort{n}" for n in range(13))
SUMMARY = "Ihre Suche ist zu lang: erlaubt sind höchstens 200 Zeichen und 12 Suchbegriffe."
#: A search page, its results and its messages, with room for Wagtail's own
#: bookkeeping; the point is that it does not grow with the query.
ADMIN_QUERIES_MAX = 40


def _terms(query) -> int:
    """The terms a backend was asked to match: words of a string, leaves of a query tree."""
    if isinstance(query, str):
        return len(query.split())
    if isinstance(query, And | Or):
        return sum(_terms(subquery) for subquery in query.subqueries)
    if isinstance(query, Not | Boost):
        return _terms(query.subquery)
    if isinstance(query, SearchQuery) and hasattr(query, "query_string"):
        return len(query.query_string.split())
    return 0


@pytest.fixture
def searched(monkeypatch):
    """The queries handed to the search backend, as a list the test reads."""
    backend_class = type(get_search_backend())
    seen = []
    for method in ("search", "autocomplete"):
        original = getattr(backend_class, method)

        def spy(self, query, *args, _original=original, **kwargs):
            seen.append(query)
            return _original(self, query, *args, **kwargs)

        monkeypatch.setattr(backend_class, method, spy)
    return seen


@pytest.fixture
def superuser(home_page):
    return UserFactory(superuser=True)


# --- the rule ------------------------------------------------------------------------


@pytest.mark.parametrize("q", [OR_BOMB, MANY_WORDS, "x" * 201, "Beratung " * 30])
def test_a_capped_query_is_within_both_limits(q):
    assert search_query_too_long(q)
    capped = search_query_capped(q)
    assert not search_query_too_long(capped)
    assert capped and q.startswith(capped.split()[0])


def test_the_limits_come_from_the_settings(settings):
    settings.IQ_SEARCH_MAX_TERMS = 2
    settings.IQ_SEARCH_MAX_QUERY_CHARS = 10
    # One word longer than the limit has no boundary to cut at.
    assert search_query_capped("Anerkennung in Zahlen") == "Anerkennun"
    assert search_query_capped("IQ in Zahlen") == "IQ in"
    assert not search_query_too_long("IQ Zahlen")


# --- the admin -----------------------------------------------------------------------


def test_an_or_bomb_in_the_admin_page_search_searches_its_beginning_and_says_so(
    client, editor, searched, django_assert_max_num_queries
):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:search")

    response = client.get(url, {"q": OR_BOMB})

    assert response.status_code == 302
    capped = parse_qs(urlsplit(response["Location"]).query)["q"][0]
    assert capped == '"a" OR ' * 5 + '"a" OR'  # the first 12 terms, a dangling OR included
    assert searched == []  # the long query never reached the backend
    with django_assert_max_num_queries(ADMIN_QUERIES_MAX):
        page = client.get(response["Location"])
    assert page.status_code == 200
    assert searched and all(_terms(query) <= 12 for query in searched)
    html = page.content.decode()
    assert SUMMARY in html and "Gesucht wurde nur nach „&quot;a&quot; OR" in html


def test_the_admin_listings_with_a_search_are_bounded_too(client, home_page, superuser, searched):
    client.force_login(superuser)
    for url in (
        reverse("wagtailadmin_explore", args=[home_page.pk]),
        reverse("wagtailsnippets_cms_topic:list"),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailusers_users:index"),
    ):
        response = client.get(url, {"q": OR_BOMB}, follow=True)
        assert response.status_code == 200, url
        assert [str(message) for message in response.context["messages"]][-1].startswith(SUMMARY), url
        assert response.redirect_chain[0][1] == 302, url
    assert all(_terms(query) <= 12 for query in searched)


def test_a_background_search_of_the_admin_is_capped_in_place_without_a_message(client, superuser, searched):
    """A chooser or a listing updating while the editor types cannot show a message:
    it answers at once for the beginning of the query."""
    client.force_login(superuser)
    response = client.get(
        reverse("wagtailimages_chooser:choose_results"), {"q": OR_BOMB}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert response.status_code == 200
    assert searched and all(_terms(query) <= 12 for query in searched)
    assert list(get_messages(response.wsgi_request)) == []


def test_the_admin_api_search_is_capped_in_place(client, home_page, superuser, searched):
    """The admin API reads ``?search=`` and answers JSON, where no message can go."""
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_api:pages:listing"), {"search": OR_BOMB})
    assert response.status_code == 200
    assert searched and all(_terms(query) <= 12 for query in searched)
    assert list(get_messages(response.wsgi_request)) == []


def test_a_normal_admin_search_is_untouched(client, editor, fact_sheet_index, searched):
    FactSheetPageFactory(parent=fact_sheet_index, title="Anerkennung in Zahlen")
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "Anerkennung"})
    assert response.status_code == 200
    assert "Anerkennung in Zahlen" in response.content.decode()
    assert SUMMARY not in response.content.decode()


# --- the public catalogue ---------------------------------------------------------------


@pytest.fixture
def catalogue(home_page, fact_sheet_index, django_capture_on_commit_callbacks):
    page = CataloguePageFactory(parent=home_page)
    sheet = publish(
        FactSheetPageFactory(parent=fact_sheet_index, live=False, title="Anerkennung in Zahlen"),
        capture=django_capture_on_commit_callbacks,
        execute=False,
    )
    with django_capture_on_commit_callbacks(execute=True):
        catalogue_entry_refresh(page=sheet)
    return page


def _notes(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [item.get_text() for item in soup.select(".catalogue-notes li")]


@pytest.mark.parametrize("q", [OR_BOMB, MANY_WORDS])
def test_the_catalogue_refuses_a_long_search_without_searching(client, catalogue, searched, q):
    response = client.get(catalogue.url, {"q": q})
    assert response.status_code == 200
    assert f"{SUMMARY} Es wurde nicht gesucht; bitte kürzen Sie Ihre Suche." in _notes(response)
    assert searched == []
    box = BeautifulSoup(response.content, "html.parser").select_one("#catalogue-q")
    # The beginning stays in the box to be shortened, and the browser stops at the limit.
    assert box["value"] == search_query_capped(q) and box["maxlength"] == "200"


def test_the_header_search_echoes_within_the_limits(client, catalogue):
    response = client.get(catalogue.url, {"q": OR_BOMB})
    box = BeautifulSoup(response.content, "html.parser").select_one("#header-search-q")
    assert box["value"] == search_query_capped(OR_BOMB) and box["maxlength"] == "200"


def test_a_normal_catalogue_search_still_finds(client, catalogue, searched):
    response = client.get(catalogue.url, {"q": "Anerkennung"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert [title.get_text(" ", strip=True) for title in soup.select(".result__title")] == ["Anerkennung in Zahlen"]
    assert len(searched) >= 1 and _notes(response) == []
