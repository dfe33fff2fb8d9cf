"""Repeat downloads of public PDFs skip Wagtail's routing, and never go stale."""

from wagtail.models import PageViewRestriction

import pytest

from pdfexport.models import PublicationPDF
from tests.publishing import publish

FAST = "X-IQ-Fast-Path"


@pytest.mark.django_db
def test_second_download_needs_one_query(client, published_fact_sheet, django_assert_num_queries):
    url = published_fact_sheet.url + "pdf/"
    first = client.get(url)
    assert FAST not in first
    # The generations, by primary key: every process must see an invalidation (FastPathGeneration).
    with django_assert_num_queries(1):
        second = client.get(url)
    assert second[FAST] == "1"
    assert b"".join(second.streaming_content) == b"".join(first.streaming_content)
    assert second["ETag"] == first["ETag"] and second["Content-Disposition"] == first["Content-Disposition"]


@pytest.mark.django_db
def test_fast_path_answers_conditional_and_range_requests(client, published_fact_sheet):
    url = published_fact_sheet.url + "pdf/"
    etag = client.get(url)["ETag"]
    assert client.get(url, headers={"if-none-match": etag}).status_code == 304
    ranged = client.get(url, headers={"range": "bytes=0-3"})
    assert ranged.status_code == 206 and ranged[FAST] == "1"
    assert b"".join(ranged.streaming_content) == b"%PDF"


@pytest.mark.django_db
def test_republished_page_never_gets_the_old_file(client, published_fact_sheet, django_capture_on_commit_callbacks):
    url = published_fact_sheet.url + "pdf/"
    client.get(url)
    publish(published_fact_sheet, capture=django_capture_on_commit_callbacks, title="Neue Fassung")
    newest = PublicationPDF.objects.order_by("-created_at").first()
    response = client.get(url)
    assert FAST not in response
    assert response["ETag"] == f'"{newest.sha256}"'


@pytest.mark.django_db
def test_unpublished_page_is_gone_at_once(client, published_fact_sheet):
    url = published_fact_sheet.url + "pdf/"
    client.get(url)
    published_fact_sheet.unpublish()
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_new_restriction_applies_at_once_and_restricted_pdfs_are_never_remembered(client, published_fact_sheet, editor):
    url = published_fact_sheet.url + "pdf/"
    client.get(url)
    client.get(url)
    PageViewRestriction.objects.create(
        page=published_fact_sheet.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(url).status_code == 302
    client.force_login(editor)
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200 and FAST not in response


@pytest.mark.django_db
def test_interim_pdf_of_an_earlier_revision_is_not_remembered(
    client, published_fact_sheet, django_capture_on_commit_callbacks
):
    earlier = PublicationPDF.objects.get()
    publish(
        published_fact_sheet, capture=django_capture_on_commit_callbacks, execute=False, title="Noch nicht gerendert"
    )
    for _ in range(2):
        # Readers never wait for a render: until the new PDF exists they get the earlier one.
        response = client.get(published_fact_sheet.url + "pdf/")
        assert response.status_code == 200 and response["ETag"] == f'"{earlier.sha256}"'
        assert FAST not in response
