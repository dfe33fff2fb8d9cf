"""Reviewer proofs: the current draft rendered with a watermark, only for people
who may edit or review the page, rendered once per revision."""

import io
import re

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

import pytest
from pypdf import PdfReader

from cms.factories import UserFactory
from pdfexport.models import PdfKind, PdfRender, PublicationPDF
from pdfexport.revision_render import pdf_render_revision
from tests.publishing import publish

WATERMARK = "ENTWURF – nicht zur Veröffentlichung"


@pytest.fixture
def drafted(published_fact_sheet):
    """Live, with a newer draft under a title readers must never see."""
    page = published_fact_sheet
    page.title = "Entwurfstitel für die Prüfung"
    page.save_revision()
    return page


def _proof_url(page):
    return reverse("pdfexport_admin:proof", args=[page.pk])


@pytest.mark.django_db
def test_editor_gets_a_watermarked_proof_of_the_draft(client, editor, drafted, django_capture_on_commit_callbacks):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.get(_proof_url(drafted))
    assert first.status_code == 200
    assert "In der Warteschlange" in first.content.decode()

    ready = client.get(_proof_url(drafted)).content.decode()
    assert "PDF-Vorschau herunterladen" in ready
    drafted.refresh_from_db()
    download = client.get(reverse("pdfexport_admin:proof_download", args=[drafted.pk, drafted.latest_revision_id]))
    assert download.status_code == 200
    assert "no-store" in download["Cache-Control"] and "private" in download["Cache-Control"]
    reader = PdfReader(io.BytesIO(b"".join(download.streaming_content)))
    assert all(WATERMARK in page.extract_text() for page in reader.pages)
    assert "Entwurfstitel für die Prüfung" in reader.pages[0].extract_text()


@pytest.mark.django_db
def test_proof_never_reaches_readers(client, editor, drafted, django_capture_on_commit_callbacks):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(_proof_url(drafted))
    client.logout()
    assert PublicationPDF.objects.filter(kind=PdfKind.PROOF).count() == 1
    reader = PdfReader(io.BytesIO(b"".join(client.get(drafted.url + "pdf/").streaming_content)))
    text = "".join(page.extract_text() for page in reader.pages)
    assert WATERMARK not in text and "Entwurfstitel" not in text
    assert "Frühere Fassungen" not in client.get(drafted.url).content.decode()


@pytest.mark.django_db
def test_proof_of_a_rendered_revision_is_served_not_rendered_again(
    client, editor, drafted, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            client.get(_proof_url(drafted))
    render = PdfRender.objects.get(kind=PdfKind.PROOF)
    assert render.attempts == 1
    assert PublicationPDF.objects.filter(kind=PdfKind.PROOF).count() == 1


@pytest.mark.django_db
def test_proof_is_refused_without_edit_or_review_permission(client, drafted, roles):
    viewers = Group.objects.create(name="Nur Admin-Zugang")
    viewers.permissions.add(Permission.objects.get(codename="access_admin"))
    outsider = UserFactory(groups=[viewers.name])

    assert "/admin/login/" in client.get(_proof_url(drafted))["Location"]
    client.force_login(outsider)
    download = reverse("pdfexport_admin:proof_download", args=[drafted.pk, drafted.latest_revision_id])
    for url in (_proof_url(drafted), download, reverse("pdfexport_admin:archive", args=[drafted.pk])):
        # Wagtail answers PermissionDenied in the admin with a redirect to the dashboard.
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not PdfRender.objects.filter(kind=PdfKind.PROOF).exists()


@pytest.mark.django_db
def test_failed_proof_shows_the_error_in_plain_german(
    client, editor, drafted, settings, django_capture_on_commit_callbacks
):
    settings.IQ_PDF_MAX_HTML_BYTES = 100
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(_proof_url(drafted))
    page = client.get(_proof_url(drafted)).content.decode()
    assert "konnte nicht erstellt werden" in page
    assert "Das Druck-HTML ist" in page
    assert "Erneut versuchen" in page


@pytest.mark.django_db
def test_unpublished_page_pdf_is_gone_for_readers_but_kept_for_editors(client, editor, drafted):
    url = drafted.url + "pdf/"
    drafted.unpublish()
    assert client.get(url).status_code == 404
    client.force_login(editor)
    archive = client.get(reverse("pdfexport_admin:archive", args=[drafted.pk]))
    assert archive.status_code == 200
    pdf = PublicationPDF.objects.get(kind=PdfKind.PUBLICATION)
    download = client.get(reverse("pdfexport_admin:archive_download", args=[drafted.pk, pdf.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


@pytest.mark.django_db
def test_editor_sees_proof_and_archive_buttons_in_the_page_header(client, editor, drafted):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[drafted.pk])).content.decode()
    assert _proof_url(drafted) in html
    assert reverse("pdfexport_admin:archive", args=[drafted.pk]) in html


@pytest.mark.django_db
def test_failed_render_of_a_live_page_is_on_the_editors_dashboard(
    client, editor, drafted, settings, django_capture_on_commit_callbacks
):
    settings.IQ_PDF_MAX_HTML_BYTES = 100
    publish(drafted, capture=django_capture_on_commit_callbacks, title="Fassung ohne PDF")
    client.force_login(editor)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "PDF-Erstellung fehlgeschlagen" in dashboard
    assert "Fassung ohne PDF" in dashboard and "Das Druck-HTML ist" in dashboard

    # A later successful render of the same revision clears it.
    settings.IQ_PDF_MAX_HTML_BYTES = 5 * 1024 * 1024
    drafted.refresh_from_db()
    pdf_render_revision(revision_id=drafted.live_revision_id)
    assert "PDF-Erstellung fehlgeschlagen" not in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.django_db
def test_proof_and_archive_pages_have_a_named_main_heading(client, editor, drafted):
    """Wagtail's generic admin page names its <h1> from ``page_title``; without
    it the heading was empty (WCAG 2.4.6)."""
    client.force_login(editor)
    title = drafted.get_admin_display_title()
    for url, name in (
        (_proof_url(drafted), f"PDF-Vorschau: {title}"),
        (reverse("pdfexport_admin:archive", args=[drafted.pk]), f"PDF-Archiv: {title}"),
    ):
        html = client.get(url).content.decode()
        heading = re.search(r'<h1 class="w-header__title"[^>]*>(.*?)</h1>', html, re.S)
        assert heading and name in heading.group(1), url
