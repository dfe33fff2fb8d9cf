"""Readers' pages run no script but the site's own files: a strict Content
Security Policy, and no inline script in the HTML of any page type that it
would block. Wagtail's admin, which needs inline scripts, gets a laxer policy."""

from html.parser import HTMLParser

from django.urls import reverse

from wagtail.models import get_page_models

import pytest

from cms.factories import (
    CataloguePageFactory,
    EasyLanguagePageFactory,
    SignLanguagePageFactory,
    SubprojectDirectoryPageFactory,
)
from dossiers.factories import DossierPageFactory
from factsheets.factories import ChartBlockFactory, FactSheetPageFactory
from goodpractice.factories import GoodPracticePageFactory
from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory

CSP = "Content-Security-Policy"
# Data blocks: the browser never executes them, so no policy applies to them.
DATA_TYPES = frozenset({"application/ld+json", "application/json", "text/template"})


def _policy(response) -> dict[str, set[str]]:
    directives = {}
    for part in response[CSP].split(";"):
        name, *sources = part.split()
        directives[name] = set(sources)
    return directives


class _InlineScripts(HTMLParser):
    """What the strict policy would block: inline scripts, event handler
    attributes and ``javascript:`` URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes:
            kind = (attributes.get("type") or "text/javascript").lower()
            if kind not in DATA_TYPES:
                self.found.append(f"<script type={kind}> ohne src")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"<{tag} {name}={value}>")


def _inline_scripts(html: str) -> list[str]:
    parser = _InlineScripts()
    parser.feed(html)
    return parser.found


def _assert_strict(policy: dict[str, set[str]]) -> None:
    assert policy["script-src"] == {"'self'"}
    assert policy["default-src"] == {"'self'"}
    assert policy["object-src"] == {"'none'"}
    assert policy["base-uri"] == {"'self'"}
    assert policy["frame-ancestors"] == {"'none'"}


@pytest.fixture
def every_reader_page(
    home_page, legal_pages, fact_sheet_index, magazine_archive, dossier_index, good_practice_index
) -> dict:
    """One live page of every type a reader can visit, by type name."""
    issue = MagazineIssuePageFactory(parent=magazine_archive)
    pages = [
        home_page,
        *legal_pages.values(),
        fact_sheet_index,
        # With a chart: matplotlib's SVG is inline in the page.
        FactSheetPageFactory(parent=fact_sheet_index, body=[("chart", ChartBlockFactory())]),
        magazine_archive,
        issue,
        MagazineArticlePageFactory(parent=issue),
        dossier_index,
        DossierPageFactory(parent=dossier_index),
        good_practice_index,
        GoodPracticePageFactory(parent=good_practice_index),
        CataloguePageFactory(parent=home_page),
        EasyLanguagePageFactory(parent=home_page),
        SignLanguagePageFactory(parent=home_page),
        SubprojectDirectoryPageFactory(parent=home_page),
    ]
    return {type(page.specific).__name__: page for page in pages}


@pytest.mark.django_db
def test_every_reader_page_type_gets_the_strict_policy_and_has_no_inline_script(client, every_reader_page):
    ours = {"cms", "factsheets", "magazine", "dossiers", "goodpractice"}
    assert set(every_reader_page) == {model.__name__ for model in get_page_models() if model._meta.app_label in ours}
    for name, page in every_reader_page.items():
        response = client.get(page.url)
        assert response.status_code == 200, name
        _assert_strict(_policy(response))
        assert _inline_scripts(response.content.decode()) == [], name
    assert b"<svg" in client.get(every_reader_page["FactSheetPage"].url).content


@pytest.mark.django_db
def test_json_ld_is_a_data_block_the_policy_leaves_alone(client, every_reader_page):
    html = client.get(every_reader_page["DossierPage"].url).content.decode()
    assert '<script type="application/ld+json">' in html
    assert _inline_scripts(html) == []


@pytest.mark.django_db
def test_the_inline_script_finder_finds_what_the_policy_would_block():
    html = (
        '<script>alert(1)</script><script type="module">x()</script>'
        '<a href="javascript:alert(1)">x</a><img src="x.png" onerror="alert(1)">'
        '<script type="application/ld+json">{}</script><script src="/static/js/catalogue.js"></script>'
    )
    assert len(_inline_scripts(html)) == 4


@pytest.mark.django_db
def test_an_editor_on_the_live_site_gets_the_strict_policy_and_a_userbar_without_inline_script(
    client, editor, every_reader_page
):
    client.force_login(editor)
    response = client.get(every_reader_page["FactSheetPage"].url)
    html = response.content.decode()
    assert "wagtail-userbar" in html
    _assert_strict(_policy(response))
    assert _inline_scripts(html) == []


@pytest.mark.django_db
def test_pdf_downloads_and_cached_pages_carry_the_policy_too(client, settings, published_fact_sheet):
    url = published_fact_sheet.url + "pdf/"
    client.get(url)
    fast = client.get(url)
    assert fast["X-IQ-Fast-Path"] == "1"
    _assert_strict(_policy(fast))

    settings.IQ_PAGE_CACHE_ENABLED = True
    client.get(published_fact_sheet.url)
    cached = client.get(published_fact_sheet.url)
    assert cached["X-Cache"] == "HIT"
    _assert_strict(_policy(cached))


@pytest.mark.django_db
def test_the_admin_and_its_previews_get_the_laxer_policy(client, editor, fact_sheet_index):
    client.force_login(editor)
    page = FactSheetPageFactory(parent=fact_sheet_index)
    for url in (reverse("wagtailadmin_home"), reverse("wagtailadmin_pages:view_draft", args=[page.pk])):
        response = client.get(url)
        assert response.status_code == 200, url
        policy = _policy(response)
        # Wagtail's widgets write inline scripts; other origins stay out.
        assert policy["script-src"] == {"'self'", "'unsafe-inline'"}
        assert policy["object-src"] == {"'none'"}
        assert policy["form-action"] == {"'self'"}
        # The preview panel frames the admin's preview view.
        assert policy["frame-ancestors"] == {"'self'"}


@pytest.mark.django_db
def test_the_admin_login_page_gets_the_admin_policy(client):
    response = client.get(reverse("wagtailadmin_login"))
    assert "'unsafe-inline'" in _policy(response)["script-src"]
