"""The whole life of a fact sheet as its people meet it, in one browser run: a
reader subscribes to „IQ Fact Sheets“; an editor submits a new sheet and the
reviewers approve it; the reader gets the alert, finds the sheet by searching
with an inflected word, downloads the PDF, and the download is counted once."""

import io
import re
from urllib.parse import urlsplit

from django.core import mail

import pikepdf
import pytest

from cms.factories import CataloguePageFactory
from pdfexport.downloads.counters import counters_read
from pdfexport.downloads.counting import download_day
from tests.browser.steps import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LINK = re.compile(r"https?://\S+/benachrichtigungen/\S+")
READER = "leserin@example.org"


def _choose_action(page, label: str) -> None:
    page.locator("footer .w-dropdown-button .w-dropdown__toggle").click()
    page.get_by_role("button", name=label, exact=True).click()


def _subscribe_to_fact_sheets(page, url: str) -> None:
    page.goto(url + "/publikationen/?typ=iq-fact-sheets")
    page.get_by_role("link", name="Diese Auswahl per E-Mail abonnieren").click()
    assert_accessible(page)
    page.get_by_label("E-Mail-Adresse").fill(READER)
    page.get_by_label("sofort", exact=False).first.check()
    page.get_by_role("button", name="Benachrichtigung anfordern").click()
    assert_accessible(page)
    confirmation = next(message for message in mail.outbox if READER in message.to)
    # Mails name the site's configured address; the browser reaches the live server.
    path = urlsplit(LINK.search(confirmation.body).group(0)).path
    page.goto(url + path)
    page.get_by_role("button", name="Benachrichtigung bestätigen").click()
    assert_accessible(page)


def test_from_submission_to_a_counted_download(page, site, team, draft_fact_sheet, home_page):
    url = site["url"]
    CataloguePageFactory(parent=home_page)
    draft = draft_fact_sheet
    draft.title = "Beratung für Geflüchtete 2025"
    draft.save_revision()

    _subscribe_to_fact_sheets(page, url)
    mail.outbox.clear()

    # The editor submits; the fact-sheet workflow has Fachreview, then Freigabe.
    edit = f"{url}/admin/pages/{draft.pk}/edit/"
    sign_in(page, url, team.redaktion.username)
    page.goto(edit)
    _choose_action(page, "In IQ Fact Sheet einreichen")
    page.wait_for_url("**/admin/pages/**")
    for reviewer in (team.fachreview, team.freigabe):
        sign_in(page, url, reviewer.username)
        page.locator("#my-reviews-section").get_by_role("link", name=draft.title, exact=True).click()
        _choose_action(page, "Freigeben")
        page.wait_for_url("**/admin/pages/**")
    draft.refresh_from_db()
    assert draft.live

    alerts = [message for message in mail.outbox if READER in message.to]
    assert len(alerts) == 1, [message.subject for message in mail.outbox]
    assert draft.title in alerts[0].body
    assert alerts[0].extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # The reader, signed out, searches from the header with an inflected word.
    page.context.clear_cookies()
    page.goto(url + "/")
    page.get_by_role("searchbox", name="Publikationen durchsuchen").fill("Beratungen Geflüchteter")
    page.get_by_role("search", name="Website").get_by_role("button", name="Suchen").click()
    page.wait_for_url("**/publikationen/?q=*")
    assert_accessible(page)
    page.locator(".result__title a", has_text=draft.title).click()
    assert page.get_by_role("heading", level=1).inner_text() == draft.title

    with page.expect_download() as download_info:
        page.get_by_role("link", name="PDF herunterladen").click()
    with open(download_info.value.path(), "rb") as handle:
        data = handle.read()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.docinfo.get("/Title")) == draft.title
        assert pdf.Root.MarkInfo.Marked
    assert counters_read(days=[download_day()]) == {(download_day(), draft.pk): 1}
