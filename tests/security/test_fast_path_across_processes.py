"""The PDF fast path goes stale in no process: with the embedded default's
per-process cache, a second web process went on serving a restricted or
unpublished PDF for up to a minute, because the invalidation reached only the
cache of the process that saved the change.

Two local-memory caches of different ``LOCATION`` stand for the caches of two
web processes; the database is the one they share.
"""

import contextlib
import uuid

from django.conf import settings
from django.test import override_settings

from wagtail.models import PageViewRestriction

import pytest

from pdfexport.models import PublicationPDF
from tests.publishing import publish

FAST = "X-IQ-Fast-Path"


@pytest.fixture
def processes():
    """``processes("a")`` runs the block as web process A, with A's own cache."""
    run = uuid.uuid4().hex

    @contextlib.contextmanager
    def process(name: str):
        default = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"process-{name}-{run}"}
        with override_settings(CACHES={**settings.CACHES, "default": default}):
            yield

    return process


@pytest.fixture
def url_fast_in_b(client, published_fact_sheet, processes):
    """The live PDF's URL, which process B already answers from its fast path."""
    url = published_fact_sheet.url + "pdf/"
    with processes("b"):
        assert FAST not in client.get(url)
        assert client.get(url)[FAST] == "1"
    return url


@pytest.mark.django_db
def test_a_restriction_saved_in_one_process_stops_the_fast_path_of_another(
    client, published_fact_sheet, processes, url_fast_in_b
):
    with processes("a"):
        PageViewRestriction.objects.create(
            page=published_fact_sheet.get_parent(), restriction_type=PageViewRestriction.LOGIN
        )
    with processes("b"):
        response = client.get(url_fast_in_b)
        assert FAST not in response
        assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.django_db
def test_a_page_unpublished_in_one_process_is_gone_in_another(client, published_fact_sheet, processes, url_fast_in_b):
    with processes("a"):
        published_fact_sheet.unpublish()
    with processes("b"):
        response = client.get(url_fast_in_b)
        assert FAST not in response and response.status_code == 404


@pytest.mark.django_db
def test_a_page_republished_in_one_process_serves_the_new_pdf_in_another(
    client, published_fact_sheet, processes, url_fast_in_b, django_capture_on_commit_callbacks
):
    with processes("a"):
        publish(published_fact_sheet, capture=django_capture_on_commit_callbacks, title="Neue Fassung")
    newest = PublicationPDF.objects.order_by("-created_at").first()
    with processes("b"):
        response = client.get(url_fast_in_b)
        assert FAST not in response
        assert response["ETag"] == f'"{newest.sha256}"'


@pytest.mark.django_db
def test_a_lifted_restriction_lets_the_fast_path_remember_again(client, published_fact_sheet, processes, url_fast_in_b):
    with processes("a"):
        restriction = PageViewRestriction.objects.create(
            page=published_fact_sheet.get_parent(), restriction_type=PageViewRestriction.LOGIN
        )
    with processes("b"):
        assert client.get(url_fast_in_b).status_code == 302
    with processes("a"):
        restriction.delete()
    with processes("b"):
        assert FAST not in client.get(url_fast_in_b)
        assert client.get(url_fast_in_b)[FAST] == "1"
