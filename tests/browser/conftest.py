"""A real Chromium (Debian's package) driven by Playwright against the live server.

Playwright's sync API runs an event loop in the test thread; the ORM calls the
tests make between browser steps are ordinary synchronous code.
"""

import os
import shutil

from wagtail.models import Site

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Chromium is missing: `apt-get install chromium` (make test does this when run as root).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="de-DE", accept_downloads=True)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def home_page(home_page, live_server):
    """The site as the browser reaches it: at the live server's host and port."""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", int(live_server.url.rsplit(":", 1)[1])
    site.save()
    return home_page


@pytest.fixture
def site(live_server, roles, legal_pages, fact_sheet_index, make_published_fact_sheet):
    """The demo-like site, published, with rendered PDFs (immediate tasks run on commit)."""
    sheet = make_published_fact_sheet(title="IQ Beratung 2023 in Zahlen")
    return {"index": fact_sheet_index, "sheet": sheet, "url": live_server.url}
