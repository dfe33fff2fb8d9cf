"""Whole reader pages from the cache (cms/page_cache/): what is served from it,
what is never stored, and exactly which pages a change makes stale."""

from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import PageViewRestriction

import pytest

from cms.factories import CataloguePageFactory
from cms.page_cache.middleware import PageCacheMiddleware
from cms.withdrawal.services import page_withdraw
from factsheets.factories import FactSheetPageFactory
from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory
from tests.publishing import publish

CATALOGUE_VARIANTS = ("", "?typ=factsheets", "?thema=anerkennung&q=beratung", "?typ=factsheets&q=zahlen")


class RecordingProxy(BaseBackend):
    """Stands for the reverse proxy's HTTP purge: records each batch it is sent."""

    batches: list[set[str]] = []

    def purge_batch(self, urls) -> None:
        RecordingProxy.batches.append(set(urls))


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.IQ_PAGE_CACHE_ENABLED = True


@pytest.fixture
def catalogue(home_page):
    return CataloguePageFactory(parent=home_page)


@pytest.fixture
def site(legal_pages, fact_sheet_index, dossier_index, catalogue, make_published_fact_sheet):
    """Two live fact sheets, A and B, in a site with a catalogue and a second listing."""
    return {
        "a": make_published_fact_sheet(title="Fact Sheet A", slug="a"),
        "b": make_published_fact_sheet(title="Fact Sheet B", slug="b"),
        "listing": fact_sheet_index,
        "other_listing": dossier_index,
        "catalogue": catalogue,
    }


def _state(client, url: str) -> str:
    response = client.get(url)
    return f"{response.status_code} {response.get('X-Cache', '-')}"


def _warm(client, urls) -> None:
    for url in urls:
        client.get(url)
        assert _state(client, url) == "200 HIT", url


def _showing_a(site) -> list[str]:
    """Every page that shows fact sheet A, with the catalogue's filter variants."""
    listing, catalogue = site["listing"].url, site["catalogue"].url
    return [
        site["a"].url,
        listing,
        listing + "feed/",
        "/",
        "/feed/",
        "/sitemap.xml",
        *(catalogue + variant for variant in CATALOGUE_VARIANTS),
        *(catalogue + "feed/" + variant for variant in CATALOGUE_VARIANTS),
    ]


def _not_showing_a(site) -> list[str]:
    return [site["b"].url, site["other_listing"].url, site["other_listing"].url + "feed/"]


def _states(client, urls) -> dict[str, str]:
    return {url: _state(client, url) for url in urls}


def test_second_anonymous_request_is_a_hit_without_queries(client, site, django_assert_num_queries):
    url = site["a"].url
    first = client.get(url)
    assert (first.status_code, first["X-Cache"]) == (200, "MISS")

    with django_assert_num_queries(0):
        second = client.get(url)

    assert (second.status_code, second["X-Cache"]) == (200, "HIT")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert int(second["Age"]) >= 0


def test_the_feeds_and_the_sitemap_are_cached_too(client, site):
    _warm(client, ["/feed/", site["listing"].url + "feed/", "/sitemap.xml"])
    assert client.get("/feed/")["Content-Type"].startswith("application/atom+xml")


def test_query_strings_in_another_order_are_the_same_entry(client, site):
    catalogue = site["catalogue"].url
    client.get(catalogue + "?thema=anerkennung&q=beratung")
    assert _state(client, catalogue + "?q=beratung&thema=anerkennung") == "200 HIT"
    assert _state(client, catalogue + "?q=beratung") == "200 MISS"


def test_a_logged_in_editor_is_never_served_from_the_cache_nor_stored(client, site, editor):
    a, b = site["a"].url, site["b"].url
    _warm(client, [a])
    client.force_login(editor)

    assert client.get(a).get("X-Cache") is None
    client.get(b)
    client.logout()

    assert _state(client, b) == "200 MISS"


def test_publishing_a_makes_stale_what_shows_a_and_nothing_else(client, site, django_capture_on_commit_callbacks):
    _warm(client, _showing_a(site) + _not_showing_a(site))

    publish(site["a"], capture=django_capture_on_commit_callbacks, title="Fact Sheet A, neu")

    assert _states(client, _showing_a(site)) == dict.fromkeys(_showing_a(site), "200 MISS")
    assert _states(client, _not_showing_a(site)) == dict.fromkeys(_not_showing_a(site), "200 HIT")
    assert "Fact Sheet A, neu" in client.get(site["a"].url).content.decode()


def test_unpublishing_a_makes_stale_what_showed_a_and_nothing_else(client, site, django_capture_on_commit_callbacks):
    _warm(client, _showing_a(site) + _not_showing_a(site))

    with django_capture_on_commit_callbacks(execute=True):
        site["a"].unpublish()

    assert _state(client, site["a"].url) == "404 MISS"
    showing = _showing_a(site)[1:]
    assert _states(client, showing) == dict.fromkeys(showing, "200 MISS")
    assert _states(client, _not_showing_a(site)) == dict.fromkeys(_not_showing_a(site), "200 HIT")


def test_withdrawing_a_makes_stale_what_shows_a_and_nothing_else(
    client, site, team, django_capture_on_commit_callbacks
):
    _warm(client, _showing_a(site) + _not_showing_a(site))

    with django_capture_on_commit_callbacks(execute=True):
        page_withdraw(page=site["a"], user=team.freigabe, reason="Zahlen fehlerhaft, Korrektur folgt.")

    assert _states(client, _showing_a(site)) == dict.fromkeys(_showing_a(site), "200 MISS")
    assert _states(client, _not_showing_a(site)) == dict.fromkeys(_not_showing_a(site), "200 HIT")
    assert "Zahlen fehlerhaft" in client.get(site["a"].url).content.decode()


def test_moving_an_article_makes_both_issues_stale_and_nothing_else(
    client, site, magazine_archive, django_capture_on_commit_callbacks
):
    old_issue = MagazineIssuePageFactory(parent=magazine_archive)
    new_issue = MagazineIssuePageFactory(parent=magazine_archive)
    moving = MagazineArticlePageFactory(parent=old_issue, title="Wandernder Artikel", slug="wandert")
    staying = MagazineArticlePageFactory(parent=new_issue, title="Bleibender Artikel", slug="bleibt")
    old_url = moving.url
    affected = [old_url, old_issue.url, new_issue.url, staying.url, magazine_archive.url, "/", "/sitemap.xml"]
    _warm(client, affected + _not_showing_a(site) + [site["a"].url])

    with django_capture_on_commit_callbacks(execute=True):
        moving.move(new_issue, pos="last-child")
    moving.refresh_from_db()

    # Wagtail leaves a redirect to the new place; the old page is not served.
    assert _state(client, old_url) == "301 MISS"
    assert _states(client, affected[1:]) == dict.fromkeys(affected[1:], "200 MISS")
    assert "Wandernder Artikel" in client.get(new_issue.url).content.decode()
    assert _state(client, moving.url) == "200 MISS"
    unrelated = [*_not_showing_a(site), site["a"].url]
    assert _states(client, unrelated) == dict.fromkeys(unrelated, "200 HIT")


def test_one_batch_with_exactly_what_shows_a_goes_to_the_proxy(
    client, site, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE,
        "proxy": {"BACKEND": "tests.cms.test_page_cache.RecordingProxy"},
    }
    RecordingProxy.batches = []
    listing, catalogue = site["listing"].full_url, site["catalogue"].full_url

    publish(site["a"], capture=django_capture_on_commit_callbacks, title="Fact Sheet A, neu")

    expected = {
        site["a"].full_url,
        listing,
        listing + "feed/",
        "http://testserver/",
        "http://testserver/feed/",
        catalogue,
        catalogue + "feed/",
        "http://testserver/sitemap.xml",
    }
    # Publishing is one batch (Wagtail's own receivers would add a second); the
    # rendered PDF, which the page and the feeds show, may send the same again.
    assert RecordingProxy.batches[0] == expected
    assert all(batch == expected for batch in RecordingProxy.batches)


def test_a_legal_page_in_every_footer_makes_every_page_stale(
    client, site, legal_pages, django_capture_on_commit_callbacks
):
    _warm(client, [site["a"].url, site["b"].url, legal_pages["imprint"].url])

    publish(legal_pages["imprint"], capture=django_capture_on_commit_callbacks, title="Impressum neu")

    urls = [site["a"].url, site["b"].url, legal_pages["imprint"].url]
    assert _states(client, urls) == dict.fromkeys(urls, "200 MISS")


def test_the_home_page_makes_only_itself_and_its_feed_stale(
    client, site, home_page, django_capture_on_commit_callbacks
):
    _warm(client, ["/", "/feed/", site["a"].url, site["listing"].url])

    publish(home_page, capture=django_capture_on_commit_callbacks, intro="Neue Einleitung")

    assert _states(client, ["/", "/feed/"]) == {"/": "200 MISS", "/feed/": "200 MISS"}
    assert _states(client, [site["a"].url, site["listing"].url]) == {
        site["a"].url: "200 HIT",
        site["listing"].url: "200 HIT",
    }


def test_a_new_view_restriction_is_never_bypassed_by_the_cache(client, site, django_capture_on_commit_callbacks):
    url = site["b"].url
    _warm(client, [url])

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=site["b"], restriction_type=PageViewRestriction.PASSWORD, password="x")

    form = client.get(url)
    assert (form.status_code, form["X-Cache"]) == (200, "MISS")
    assert "Fact Sheet B" not in form.content.decode().split("<main")[-1]
    # The password form sets the CSRF cookie, so it is never stored.
    assert "csrftoken" in form.cookies
    client.cookies.clear()
    assert _state(client, url) == "200 MISS"


def test_a_pdf_download_is_not_cached(client, site):
    url = site["a"].url + "pdf/"
    client.get(url)
    response = client.get(url)
    assert response["Content-Type"] == "application/pdf"
    assert "X-Cache" not in response


def test_errors_and_posts_are_not_cached(client, site):
    assert _state(client, "/gibt-es-nicht/") == "404 MISS"
    assert _state(client, "/gibt-es-nicht/") == "404 MISS"
    client.get(site["a"].url)
    assert client.post(site["a"].url).get("X-Cache") is None


def _response(kind: str) -> HttpResponse:
    if kind == "streaming":
        return StreamingHttpResponse(iter([b"<p>x</p>"]), content_type="text/html")
    response = HttpResponse(b"<p>x</p>", content_type="application/pdf" if kind == "pdf" else "text/html")
    if kind == "set-cookie":
        response.set_cookie("sessionid", "abc")
    elif kind == "private":
        response["Cache-Control"] = "private, max-age=60"
    elif kind == "no-store":
        response["Cache-Control"] = "no-store"
    elif kind == "attachment":
        response["Content-Disposition"] = 'attachment; filename="x.html"'
    elif kind == "vary-language":
        response["Vary"] = "Accept-Language"
    elif kind == "userbar":
        response.content = b"<wagtail-userbar></wagtail-userbar>"
    elif kind == "redirect":
        response.status_code = 302
    return response


@pytest.mark.parametrize(
    "kind",
    ["set-cookie", "private", "no-store", "attachment", "pdf", "streaming", "vary-language", "userbar", "redirect"],
)
def test_responses_that_are_not_the_same_for_every_reader_are_not_stored(db, kind):
    calls = []

    def view(request):
        calls.append(request)
        return _response(kind)

    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        assert middleware(RequestFactory().get("/seite/"))["X-Cache"] == "MISS"
    assert len(calls) == 2


def test_a_plain_page_response_is_stored(db):
    calls = []

    def view(request):
        calls.append(request)
        return _response("plain")

    middleware = PageCacheMiddleware(view)
    states = [middleware(RequestFactory().get("/seite/"))["X-Cache"] for _ in range(2)]
    assert (states, len(calls)) == (["MISS", "HIT"], 1)


def test_requests_with_a_session_cookie_bypass_the_cache(client, site):
    url = site["a"].url
    _warm(client, [url])
    client.cookies["sessionid"] = "irgendwas"
    assert client.get(url).get("X-Cache") is None


def test_the_cache_is_off_unless_switched_on(client, site, settings):
    settings.IQ_PAGE_CACHE_ENABLED = False
    url = site["a"].url
    client.get(url)
    assert client.get(url).get("X-Cache") is None


def test_fact_sheets_are_cached_after_a_new_one_appears(client, site, make_published_fact_sheet):
    # A new publication is shown by the listing: the next reader sees it.
    _warm(client, [site["listing"].url])
    make_published_fact_sheet(title="Fact Sheet C", slug="c")
    response = client.get(site["listing"].url)
    assert response["X-Cache"] == "MISS" and "Fact Sheet C" in response.content.decode()


def test_a_draft_is_not_a_reader_page(client, site):
    draft = FactSheetPageFactory(parent=site["listing"], live=False, title="Entwurf", slug="entwurf")
    assert _state(client, draft.url) == "404 MISS"
