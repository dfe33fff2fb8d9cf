"""From publish to stored PDF: queued on commit, idempotent, failure-safe."""

import hashlib

from django.core.files.storage import default_storage
from django.core.management import call_command

from wagtail.models import PageViewRestriction

import pytest

from pdfexport.models import PdfRender, PublicationPDF
from pdfexport.revision_render import PdfRenderError, pdf_render_revision
from tests.publishing import publish
from workflows.publish_guard import publishing_authorised


@pytest.mark.django_db
def test_render_waits_for_the_publish_commit(fact_sheet_index, django_capture_on_commit_callbacks):
    from factsheets.factories import FactSheetPageFactory

    page = FactSheetPageFactory(parent=fact_sheet_index, live=False)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        with publishing_authorised():
            page.save_revision().publish()
        assert not PublicationPDF.objects.exists()
    assert len(callbacks) >= 1
    assert PdfRender.objects.get().status == PdfRender.Status.QUEUED

    for callback in callbacks:
        callback()
    page.refresh_from_db()
    render = PdfRender.objects.get()
    assert render.status == PdfRender.Status.READY
    assert render.pdf.revision_id == page.live_revision_id


@pytest.mark.django_db
def test_stored_file_matches_its_hash_and_metadata(published_fact_sheet):
    pdf = PublicationPDF.objects.get(revision=published_fact_sheet.live_revision)
    content = default_storage.open(pdf.file.name).read()
    assert content.startswith(b"%PDF-1.7")
    assert hashlib.sha256(content).hexdigest() == pdf.sha256
    assert pdf.byte_size == len(content)
    assert pdf.file.name.endswith(f"{pdf.sha256}.pdf")
    assert pdf.page_count >= 1 and pdf.tagged


@pytest.mark.django_db
def test_rendering_a_revision_again_stores_nothing_new(published_fact_sheet):
    first = PublicationPDF.objects.get()
    again = pdf_render_revision(revision_id=published_fact_sheet.live_revision_id)
    assert again.pk == first.pk
    assert PublicationPDF.objects.count() == 1


@pytest.mark.django_db
def test_same_revision_renders_to_the_same_bytes(published_fact_sheet):
    first = PublicationPDF.objects.get()
    first_hash = first.sha256
    first.delete()
    second = pdf_render_revision(revision_id=published_fact_sheet.live_revision_id)
    assert second.sha256 == first_hash


@pytest.mark.django_db
def test_failed_render_keeps_the_last_good_pdf_served_and_tells_the_reader(
    client, published_fact_sheet, settings, django_capture_on_commit_callbacks
):
    good = PublicationPDF.objects.get()
    settings.IQ_PDF_MAX_HTML_BYTES = 200  # every print document is larger: the render must fail

    publish(published_fact_sheet, capture=django_capture_on_commit_callbacks, title="Neue Fassung")

    failed = PdfRender.objects.get(revision=published_fact_sheet.live_revision)
    assert failed.status == PdfRender.Status.FAILED
    assert "Druck-HTML" in failed.error_message and "erlaubt" in failed.error_message
    with pytest.raises(PdfRenderError):
        pdf_render_revision(revision_id=published_fact_sheet.live_revision_id)

    good.refresh_from_db()
    assert default_storage.exists(good.file.name)
    page_html = client.get(published_fact_sheet.url).content.decode()
    assert "zurzeit nicht verfügbar" in page_html
    assert "PDF der vorherigen Fassung" in page_html
    response = client.get(published_fact_sheet.url + "pdf/")
    assert response.status_code == 200
    assert response["ETag"] == f'"{good.sha256}"'


@pytest.mark.django_db
def test_pdf_answers_304_to_a_matching_etag(client, published_fact_sheet):
    response = client.get(published_fact_sheet.url + "pdf/")
    etag = response["ETag"]
    assert response["Content-Length"] == str(PublicationPDF.objects.get().byte_size)
    assert "max-age" in response["Cache-Control"]
    revalidated = client.get(published_fact_sheet.url + "pdf/", headers={"if-none-match": etag})
    assert revalidated.status_code == 304
    assert not revalidated.content


@pytest.mark.django_db
def test_restricted_page_keeps_its_restriction_on_the_pdf(client, published_fact_sheet):
    PageViewRestriction.objects.create(page=published_fact_sheet, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(published_fact_sheet.url + "pdf/")
    assert response.status_code == 302
    assert response["Content-Type"] != "application/pdf"


@pytest.mark.django_db
def test_unpublished_page_has_no_pdf(client, published_fact_sheet):
    url = published_fact_sheet.url + "pdf/"
    published_fact_sheet.unpublish()
    assert client.get(url).status_code == 404
    assert PublicationPDF.objects.filter(page=published_fact_sheet).exists(), "the archive keeps the file"


@pytest.mark.django_db(transaction=True)
def test_database_worker_renders_what_publishing_queued(fact_sheet_index, settings):
    """The embedded default: publish enqueues into the database, `db_worker` renders."""
    from django_tasks_db.models import DBTaskResult

    from factsheets.factories import FactSheetPageFactory

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    page = FactSheetPageFactory(parent=fact_sheet_index, live=False)
    with publishing_authorised():
        page.save_revision().publish()
    page.refresh_from_db()

    job = DBTaskResult.objects.get(task_path="pdfexport.jobs.render_revision_pdf")
    assert job.args_kwargs["kwargs"] == {"revision_id": page.live_revision_id, "kind": "publication"}
    assert not PublicationPDF.objects.exists()

    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")

    assert PublicationPDF.objects.get().revision_id == page.live_revision_id
    job.refresh_from_db()
    assert job.status == "SUCCESSFUL"


@pytest.mark.django_db
def test_pdf_filename_keeps_year_ranges_readable(make_published_fact_sheet, client):
    page = make_published_fact_sheet(title="Qualifizierung – Bilanz 2023–2025")
    disposition = client.get(page.url + "pdf/")["Content-Disposition"]
    assert 'filename="IQ-Fact-Sheet-Qualifizierung-Bilanz-2023-2025.pdf"' in disposition
