"""A real Chromium (Debian's package) driven by Playwright against the live server.

Playwright's sync API runs an event loop in the test thread; the ORM calls the
tests make between browser steps are ordinary synchronous code.
"""

import os
import shutil

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Page, Site

import pytest

from cms.factories import (
    AccessibilityStatementPageFactory,
    HomePageFactory,
    ImprintPageFactory,
    PrivacyPageFactory,
)
from factsheets.factories import FactSheetIndexPageFactory, FactSheetPageFactory
from workflows.publish_guard import publishing_authorised
from workflows.roles import roles_ensure

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
def site(live_server):
    """The demo-like site, published, with rendered PDFs (immediate tasks run on commit)."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="start")
    site = Site.objects.get(is_default_site=True)
    site.root_page, site.hostname, site.port = home, "localhost", int(live_server.url.rsplit(":", 1)[1])
    site.save()
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    for factory in (ImprintPageFactory, PrivacyPageFactory, AccessibilityStatementPageFactory):
        factory(parent=home)
    index = FactSheetIndexPageFactory(parent=home)
    sheet = FactSheetPageFactory(parent=index, live=False, title="IQ Beratung 2023 in Zahlen")
    with publishing_authorised():
        sheet.save_revision().publish()
    sheet.refresh_from_db()
    roles_ensure()
    return {"home": home, "index": index, "sheet": sheet, "url": live_server.url}


@pytest.fixture
def editor_login(site):
    user = get_user_model().objects.create_user(username="redaktion", password="demo-pass-123")
    user.groups.add(Group.objects.get(name="Redaktion"))
    return {"username": "redaktion", "password": "demo-pass-123"}
