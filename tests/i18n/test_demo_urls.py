"""Every reader URL of the seeded demo answers (issue 14, "What it must show"):
each live, public German page, its ``pdf/`` and every earlier edition's
``pdf/<sha256>/`` as before, unprefixed, 200 and no redirect, whatever
``Accept-Language`` says; each English page and its ``pdf/`` under ``/en/``.

The URLs come from the database, not from a list: a page the demo adds is
checked without anyone remembering to. The PDFs were rendered by the seed and are
served from storage; nothing here renders one. Query budgets are other tests'
business (tests/i18n/test_urls.py, the listing tests).
"""

import re
from dataclasses import dataclass

from wagtail.models import Locale, Page, Site

import pytest

from factsheets.models import FactSheetPage
from pdfexport.models import PdfKind, PdfRender, PublicationPDF
from pdfexport.routes import PdfRouteMixin
from pdfexport.selectors import pdf_archive, pdf_for_live_revision
from tests.publishing import publish

pytestmark = pytest.mark.django_db

HTML_LANG = re.compile(r"<html\b[^>]*\blang=\"([^\"]+)\"")
#: What the demo seeds at least; far fewer would mean the enumeration lost its way.
MIN_GERMAN_PAGES = 30
MIN_GERMAN_PDFS = 15
#: The English pages seed_english (demo/english/seed.py) translates, by URL.
ENGLISH_DEMO_URLS = {"/en/", "/en/publications/", "/en/legal-notice/", "/en/accessibility-statement/"}


@dataclass(frozen=True)
class DemoUrls:
    german_pages: dict[str, Page]
    german_pdfs: list[str]
    #: ``pdf/<sha256>/`` of every stored original PDF: the live revision's and each earlier edition's.
    german_editions: list[str]
    #: Of these, the earlier editions ("Frühere Fassungen").
    german_earlier: list[str]
    english_pages: dict[str, Page]
    english_pdfs: list[str]


def _tree(language_code: str, root: Page):
    """The live, public pages of one language's tree below the site's root (itself included);
    no aliases: wagtail-localize's stand-ins for untranslated parents are no editions."""
    home = root.get_translation_or_none(Locale.objects.get(language_code=language_code))
    if home is None:
        return []
    return list(
        Page.objects.descendant_of(home, inclusive=True)
        .filter(locale__language_code=language_code, alias_of__isnull=True)
        .live()
        .public()
        .specific()
        .order_by("path")
    )


def _urls(pages) -> dict[str, Page]:
    urls = {}
    for page in pages:
        url = page.get_url()
        assert url, f"{page!r} has no URL"
        assert url not in urls, f"{page!r} and {urls[url]!r} share {url}"
        urls[url] = page
    return urls


@pytest.fixture(scope="module")
def demo_urls(seeded, django_db_blocker) -> DemoUrls:
    with django_db_blocker.unblock():
        root = Site.objects.get(is_default_site=True).root_page
        german = _urls(_tree("de", root))
        english = _urls(_tree("en", root))
        german_pdfs, german_editions, german_earlier, english_pdfs = [], [], [], []
        for url, page in german.items():
            if isinstance(page, PdfRouteMixin):
                german_pdfs.append(url + page.reverse_subpage("pdf"))
                german_editions += _edition_urls(url, page)
                german_earlier += [_edition_url(url, page, pdf.sha256) for pdf in pdf_archive(page=page)]
        for url, page in english.items():
            if isinstance(page, PdfRouteMixin):
                english_pdfs += [url + page.reverse_subpage("pdf"), *_edition_urls(url, page)]
        return DemoUrls(german, german_pdfs, german_editions, german_earlier, english, english_pdfs)


def _edition_url(url: str, page: Page, sha256: str) -> str:
    return url + page.reverse_subpage("pdf_edition", args=[sha256])


def _edition_urls(url: str, page: Page) -> list[str]:
    shas = PublicationPDF.objects.filter(page_id=page.pk, kind=PdfKind.PUBLICATION).values_list("sha256", flat=True)
    return [_edition_url(url, page, sha256) for sha256 in sorted(set(shas))]


def _failures(client, urls, *, expect, **headers) -> list[str]:
    """What went wrong with each URL; ``expect(url, response)`` says what else, or ""."""
    failures = []
    for url in urls:
        response = client.get(url, follow=False, **headers)
        if response.status_code != 200:
            where = f" → {response['Location']}" if response.has_header("Location") else ""
            failures.append(f"{url}: {response.status_code}{where}")
            continue
        problem = expect(url, response)
        if problem:
            failures.append(f"{url}: {problem}")
    return failures


def _html_in(language: str):
    def expect(url, response) -> str:
        content_type = response["Content-Type"]
        if not content_type.startswith("text/html"):
            return f"Content-Type {content_type}"
        found = HTML_LANG.search(response.content.decode())
        lang = found.group(1) if found else None
        if lang is None or lang.split("-")[0] != language:
            return f'<html lang="{lang}">, not {language}'
        return ""

    return expect


def _pdf(url, response) -> str:
    content_type = response["Content-Type"]
    if content_type != "application/pdf":
        return f"Content-Type {content_type}"
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if not body.startswith(b"%PDF-"):
        return f"no PDF: {body[:20]!r}"
    return ""


def test_the_enumeration_covers_the_demo(demo_urls):
    assert len(demo_urls.german_pages) >= MIN_GERMAN_PAGES, sorted(demo_urls.german_pages)
    assert all(not url.startswith("/en/") for url in demo_urls.german_pages)
    assert len(demo_urls.german_pdfs) >= MIN_GERMAN_PDFS, demo_urls.german_pdfs
    # Every German PDF is also at its edition URL. The demo publishes each page once, so it has no
    # earlier editions (german_earlier is empty); test_an_earlier_edition_answers makes one.
    assert len(demo_urls.german_editions) >= len(demo_urls.german_pdfs), demo_urls.german_editions
    english = demo_urls.english_pages
    assert set(english) >= ENGLISH_DEMO_URLS, sorted(english)
    assert all(url.startswith("/en/") for url in english)
    kinds = [type(page).__name__ for page in english.values()]
    assert kinds.count("FactSheetPage") >= 1, kinds
    assert kinds.count("GoodPracticePage") >= 2, kinds
    assert len(demo_urls.english_pdfs) >= 3, demo_urls.english_pdfs


def test_every_german_page_answers_german_as_before(demo_urls, client):
    failures = _failures(client, demo_urls.german_pages, expect=_html_in("de"))
    assert not failures, f"{len(failures)} of {len(demo_urls.german_pages)} German pages:\n" + "\n".join(failures)


def test_german_pages_stay_german_for_english_browsers(demo_urls, client):
    """Accept-Language picks nothing: an unprefixed URL is German, never a redirect to /en/."""
    failures = _failures(client, demo_urls.german_pages, expect=_html_in("de"), HTTP_ACCEPT_LANGUAGE="en")
    assert not failures, f"{len(failures)} of {len(demo_urls.german_pages)} German pages:\n" + "\n".join(failures)


def test_every_german_pdf_and_earlier_edition_answers(demo_urls, client):
    urls = demo_urls.german_pdfs + demo_urls.german_editions + demo_urls.german_earlier
    renders = PdfRender.objects.count(), PublicationPDF.objects.count()
    failures = _failures(client, urls, expect=_pdf)
    failures += _failures(client, demo_urls.german_pdfs[:3], expect=_pdf, HTTP_ACCEPT_LANGUAGE="en")
    assert not failures, f"{len(failures)} of {len(urls)} German PDFs:\n" + "\n".join(failures)
    # Served as the seed stored them: no download rendered or queued a PDF.
    assert (PdfRender.objects.count(), PublicationPDF.objects.count()) == renders


def test_every_english_page_and_pdf_answers_under_en(demo_urls, client):
    failures = _failures(client, demo_urls.english_pages, expect=_html_in("en"))
    failures += _failures(client, demo_urls.english_pdfs, expect=_pdf)
    assert not failures, "English URLs:\n" + "\n".join(failures)


@pytest.mark.parametrize(
    ("language", "slug"), [("de", "iq-beratung-2023-in-zahlen"), ("en", "iq-counselling-2023-in-figures")]
)
def test_an_earlier_edition_answers(seeded, client, django_capture_on_commit_callbacks, language, slug):
    """The demo publishes each page once; republished, a fact sheet keeps its first PDF as an
    earlier edition at ``pdf/<sha256>/``, listed on the page, in either language's tree."""
    sheet = FactSheetPage.objects.get(locale__language_code=language, slug=slug)
    first = pdf_for_live_revision(page=sheet)
    assert first is not None
    publish(sheet, capture=django_capture_on_commit_callbacks, title=f"{sheet.title} (2)")

    [earlier] = pdf_archive(page=sheet)
    assert earlier.sha256 == first.sha256
    url = _edition_url(sheet.url, sheet, earlier.sha256)
    assert url.startswith("/en/") == (language == "en"), url
    assert not _failures(client, [url, sheet.url + "pdf/"], expect=_pdf)
    assert not _failures(client, [sheet.url], expect=_html_in(language))
    assert url in client.get(sheet.url).content.decode()
