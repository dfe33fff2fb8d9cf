"""Serving stored PDFs: ranges, conditional requests, stable edition URLs, archive."""

from django.core.files.storage import default_storage

import pytest

from pdfexport.models import PublicationPDF
from tests.publishing import publish


def _stored_bytes() -> bytes:
    pdf = PublicationPDF.objects.get()
    with default_storage.open(pdf.file.name, "rb") as handle:
        return handle.read()


@pytest.mark.django_db
def test_full_download_advertises_ranges_and_validators(client, published_fact_sheet):
    response = client.get(published_fact_sheet.url + "pdf/")
    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert response["Last-Modified"]
    assert b"".join(response.streaming_content) == _stored_bytes()


@pytest.mark.django_db
def test_range_request_gets_206_with_exactly_those_bytes(client, published_fact_sheet):
    content = _stored_bytes()
    response = client.get(published_fact_sheet.url + "pdf/", headers={"range": "bytes=100-1123"})
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 100-1123/{len(content)}"
    assert response["Content-Length"] == "1024"
    assert b"".join(response.streaming_content) == content[100:1124]


@pytest.mark.django_db
def test_suffix_range_gets_the_tail(client, published_fact_sheet):
    content = _stored_bytes()
    response = client.get(published_fact_sheet.url + "pdf/", headers={"range": "bytes=-64"})
    assert response.status_code == 206
    assert b"".join(response.streaming_content) == content[-64:]


@pytest.mark.django_db
def test_range_beyond_the_file_is_416(client, published_fact_sheet):
    size = len(_stored_bytes())
    response = client.get(published_fact_sheet.url + "pdf/", headers={"range": f"bytes={size + 10}-"})
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{size}"


@pytest.mark.django_db
def test_range_of_another_version_is_ignored(client, published_fact_sheet):
    response = client.get(published_fact_sheet.url + "pdf/", headers={"range": "bytes=0-9", "if-range": '"outdated"'})
    assert response.status_code == 200


@pytest.mark.django_db
def test_earlier_editions_stay_downloadable_at_stable_immutable_urls(
    client, published_fact_sheet, django_capture_on_commit_callbacks
):
    first = PublicationPDF.objects.get()
    publish(published_fact_sheet, capture=django_capture_on_commit_callbacks, title="Zweite Fassung")
    assert PublicationPDF.objects.count() == 2

    page_html = client.get(published_fact_sheet.url).content.decode()
    assert "Frühere Fassungen (1)" in page_html
    edition_url = f"{published_fact_sheet.url}pdf/{first.sha256}/"
    assert edition_url in page_html

    response = client.get(edition_url)
    assert response.status_code == 200
    assert response["ETag"] == f'"{first.sha256}"'
    assert "immutable" in response["Cache-Control"]
    assert "max-age=31536000" in response["Cache-Control"]
    assert client.get(f"{published_fact_sheet.url}pdf/{'0' * 64}/").status_code == 404


@pytest.mark.django_db
def test_restricted_page_pdf_is_private_for_the_reader_who_may_see_it(client, published_fact_sheet, editor):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=published_fact_sheet, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(published_fact_sheet.url + "pdf/").status_code == 302
    client.force_login(editor)
    response = client.get(published_fact_sheet.url + "pdf/")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    edition = client.get(f"{published_fact_sheet.url}pdf/{PublicationPDF.objects.get().sha256}/")
    assert "private" in edition["Cache-Control"] and "immutable" not in edition["Cache-Control"]
