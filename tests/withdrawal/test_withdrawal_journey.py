"""Freigabe withdraws a live fact sheet through the admin: the page stays at
its URL with the notice, ``pdf/`` serves the stamped PDF (checked by its
bytes), the original stays in the archive, listings mark it, and the history
says who withdrew it and why."""

import io

from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

import pytest
from pypdf import PdfReader

from cms.models import Withdrawal
from pdfexport.models import PdfKind, PublicationPDF
from tests.pdf_inspection import pdf_facts
from tests.publishing import publish
from tests.withdrawal.admin import withdraw, withdraw_url
from tests.withdrawal.conftest import REASON
from tests.workflows.journey import edit_url


def _words(text: str) -> str:
    return " ".join(text.split())


def _download(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.fixture
def successor(make_published_fact_sheet):
    return make_published_fact_sheet(title="IQ Beratung 2024 in Zahlen")


@pytest.mark.django_db
def test_freigabe_withdraws_a_live_fact_sheet_with_reason_and_successor(
    client, team, live_fact_sheet, successor, django_capture_on_commit_callbacks
):
    page = live_fact_sheet
    original = PublicationPDF.objects.get(page_id=page.pk, kind=PdfKind.PUBLICATION)
    # A reader's download puts the original on the fast path; the withdrawal must clear it.
    assert client.get(page.url + "pdf/")["ETag"] == f'"{original.sha256}"'
    assert client.get(page.url + "pdf/")["X-IQ-Fast-Path"] == "1"

    client.force_login(team.freigabe)
    assert withdraw_url(page) in client.get(edit_url(page)).content.decode(), "offered under „Aktionen“"
    form = client.get(withdraw_url(page))
    assert form.status_code == 200 and "Zurückziehen ist nicht Depublizieren." in form.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        done = withdraw(client, team.freigabe, page, reason=REASON, successor=successor)
    assert "ist zurückgezogen" in done.content.decode()
    withdrawal = Withdrawal.objects.get(page_id=page.pk)
    assert (withdrawal.reason, withdrawal.withdrawn_by, withdrawal.successor_id) == (
        REASON,
        team.freigabe,
        successor.pk,
    )
    client.logout()

    # The page stays at its URL, with the notice under the title.
    web = client.get(page.url)
    assert web.status_code == 200
    html = web.content.decode()
    assert '<section class="withdrawal-notice" aria-labelledby="withdrawal-notice-heading">' in html
    notice = html[html.index("withdrawal-notice") : html.index("</section>", html.index("withdrawal-notice"))]
    # The site shows Berlin's date: between 23:00 and 24:00 UTC it is already the next day.
    assert f'Zurückgezogen am <time datetime="{timezone.localtime(withdrawal.withdrawn_at):%Y-%m-%d}">' in notice
    assert REASON in notice
    assert f'<a href="{successor.url}">IQ Beratung 2024 in Zahlen</a>' in notice
    assert "PDF herunterladen (mit Rückzugshinweis)" in html

    # pdf/ serves the stamped PDF of the live revision, not the remembered original.
    response = client.get(page.url + "pdf/")
    assert response.status_code == 200 and "X-IQ-Fast-Path" not in response
    stamped = PublicationPDF.objects.get(page_id=page.pk, kind=PdfKind.WITHDRAWN)
    assert stamped.revision_id == page.live_revision_id
    assert response["ETag"] == f'"{stamped.sha256}"' != f'"{original.sha256}"'
    assert response["Content-Disposition"].endswith('_zurueckgezogen.pdf"')
    content = _download(response)

    running = _words(f"Zurückgezogen am {page.pdf_withdrawal_notice().withdrawn_on} – {REASON}")
    pages = [_words(pdf_page.extract_text()) for pdf_page in PdfReader(io.BytesIO(content)).pages]
    assert len(pages) >= 2, "the long body makes several pages"
    assert "Diese Publikation ist nicht mehr aktuell." in pages[0], "the stamp on page 1"
    assert "IQ Beratung 2024 in Zahlen" in pages[0]
    assert all(running in text for text in pages), "the running notice on every page"
    assert pages[0].count("Zurückgezogen am") == 2, "stamp and running element on page 1"
    facts = pdf_facts(content)
    assert facts.struct_tree and facts.marked and facts.pdfua_part == "1"
    assert facts.lang == "de"
    assert facts.title == page.title
    assert stamped.tagged

    # The original stays: at its edition URL, and in the archive next to the stamped one.
    edition = client.get(f"{page.url}pdf/{original.sha256}/")
    assert edition.status_code == 200 and _download(edition) == default_storage.open(original.file.name).read()
    client.force_login(team.redaktion)
    archive = client.get(reverse("pdfexport_admin:archive", args=[page.pk])).content.decode()
    for pdf in (original, stamped):
        assert reverse("pdfexport_admin:archive_download", args=[page.pk, pdf.pk]) in archive
    assert "Zurückgezogen (mit Hinweis)" in archive and "Veröffentlichung" in archive

    # The history says who withdrew it and why.
    entry = PageLogEntry.objects.get(page_id=page.pk, action="iq.withdraw")
    assert entry.user == team.freigabe and entry.comment == REASON
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "Zurückgezogen; Nachfolgerin: „IQ Beratung 2024 in Zahlen“" in history and REASON in history


@pytest.mark.django_db
def test_listings_mark_a_withdrawn_publication(
    client, team, home_page, fact_sheet_index, live_fact_sheet, successor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        withdraw(client, team.freigabe, live_fact_sheet, reason=REASON)
    client.logout()
    for listing in (home_page, fact_sheet_index):
        html = client.get(listing.url).content.decode()
        withdrawn_card = html[html.index(live_fact_sheet.title) :]
        assert "<strong>Zurückgezogen</strong> am" in withdrawn_card[: withdrawn_card.index("</article>")], listing
        current_card = html[html.index(successor.title) :]
        assert "Zurückgezogen" not in current_card[: current_card.index("</article>")], listing


@pytest.mark.django_db
def test_until_the_stamped_pdf_exists_readers_never_get_the_unstamped_original(
    client, team, live_fact_sheet, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as queued:
        withdraw(client, team.freigabe, live_fact_sheet, reason=REASON)
    client.logout()
    pending = client.get(live_fact_sheet.url + "pdf/")
    assert pending.status_code == 503 and pending["Retry-After"]
    assert "PDF wird erstellt" in pending.content.decode()
    assert "Das PDF mit Rückzugshinweis wird erstellt" in client.get(live_fact_sheet.url).content.decode()

    for callback in queued:
        callback()
    assert client.get(live_fact_sheet.url + "pdf/").status_code == 200


@pytest.mark.django_db
def test_a_withdrawn_page_that_is_published_again_stays_withdrawn(
    client, team, live_fact_sheet, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        withdraw(client, team.freigabe, live_fact_sheet, reason=REASON)
    publish(live_fact_sheet, capture=django_capture_on_commit_callbacks, title="IQ Beratung 2023 (korrigiert)")
    client.logout()

    live = live_fact_sheet.live_revision_id
    assert set(PublicationPDF.objects.filter(revision_id=live).values_list("kind", flat=True)) == {
        PdfKind.PUBLICATION,
        PdfKind.WITHDRAWN,
    }
    stamped = PublicationPDF.objects.get(revision_id=live, kind=PdfKind.WITHDRAWN)
    assert client.get(live_fact_sheet.url + "pdf/")["ETag"] == f'"{stamped.sha256}"'
    assert "withdrawal-notice-heading" in client.get(live_fact_sheet.url).content.decode()


@pytest.mark.django_db
def test_administration_and_superusers_may_withdraw_too(client, team, live_fact_sheet):
    for user in (team.outsider, team.admin):  # "outsider" is in Administration only
        client.force_login(user)
        assert client.get(withdraw_url(live_fact_sheet)).status_code == 200, user
        assert withdraw_url(live_fact_sheet) in client.get(edit_url(live_fact_sheet)).content.decode(), user
