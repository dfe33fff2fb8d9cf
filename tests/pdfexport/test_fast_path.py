"""Repeat downloads of public PDFs skip Wagtail's routing, and never go stale:
not their file, and not their file name."""

import sys
from pathlib import Path

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from factsheets.models import FactSheetPage
from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory
from magazine.models import ArticleType
from pdfexport import fast_path
from pdfexport.models import FastPathGeneration, PublicationPDF
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


@pytest.mark.django_db
def test_a_renamed_page_is_downloaded_under_its_new_name(
    client, published_fact_sheet, django_capture_on_commit_callbacks
):
    url = published_fact_sheet.url + "pdf/"
    client.get(url)
    assert client.get(url)[FAST] == "1"
    publish(published_fact_sheet, capture=django_capture_on_commit_callbacks, title="Anerkennung in Zahlen")
    client.get(url)
    response = client.get(url)
    assert response[FAST] == "1"
    assert 'filename="IQ-Fact-Sheet-Anerkennung-in-Zahlen.pdf"' in response["Content-Disposition"]


@pytest.fixture
def code_digest_cleared():
    fast_path._code_digest.cache_clear()
    yield
    fast_path._code_digest.cache_clear()


@pytest.mark.django_db
def test_after_a_deploy_that_names_files_anew_no_old_name_is_served(
    client, published_fact_sheet, monkeypatch, tmp_path, code_digest_cleared
):
    url = published_fact_sheet.url + "pdf/"
    client.get(url)
    assert 'filename="IQ-Fact-Sheet-' in client.get(url)["Content-Disposition"]

    # The next release, in a process of its own, with a shared cache that kept the
    # entry: the fact sheets' module says "Faktenblatt" now.
    models = sys.modules[FactSheetPage.__module__]
    released = tmp_path / "models.py"
    released.write_text(Path(models.__file__).read_text(encoding="utf-8") + "\n# next release\n", encoding="utf-8")
    monkeypatch.setattr(models, "__file__", str(released))
    monkeypatch.setattr(FactSheetPage, "publication_type_label", "IQ Faktenblatt")
    fast_path._code_digest.cache_clear()

    response = client.get(url)
    assert FAST not in response
    assert 'filename="IQ-Faktenblatt-' in response["Content-Disposition"]


@pytest.mark.django_db
def test_a_sibling_of_the_same_title_renames_a_remembered_article_download(
    client, magazine_archive, legal_pages, django_capture_on_commit_callbacks
):
    # Live without a revision: publishing the article queues no issue render.
    issue = MagazineIssuePageFactory(parent=magazine_archive, issue_number=1, year=2024)
    article = MagazineArticlePageFactory(
        parent=issue, live=False, title="Aus dem Netzwerk", article_type=ArticleType.NEWS
    )
    publish(article, capture=django_capture_on_commit_callbacks)
    url = article.url + "pdf/"
    client.get(url)
    remembered = client.get(url)
    assert remembered[FAST] == "1"
    assert 'filename="IQ-konkret-1-2024-Aus-dem-Netzwerk.pdf"' in remembered["Content-Disposition"]

    # A draft is enough: the names tell every article of the issue apart.
    MagazineArticlePageFactory(
        parent=issue, live=False, title="Aus dem Netzwerk", slug="netzwerk-rezension", article_type=ArticleType.REVIEW
    )

    response = client.get(url)
    assert 'filename="IQ-konkret-1-2024-Aus-dem-Netzwerk-Kurzmeldung.pdf"' in response["Content-Disposition"]


@pytest.mark.django_db
def test_saving_an_article_forgets_its_siblings_in_a_fixed_number_of_queries(magazine_archive):
    issue = MagazineIssuePageFactory(parent=magazine_archive, issue_number=2, year=2024)
    articles = [MagazineArticlePageFactory(parent=issue, live=False, title=f"Artikel {n}") for n in range(6)]
    FastPathGeneration.objects.filter(scope__in=[article.pk for article in articles[3:]]).delete()  # never remembered
    before = dict(FastPathGeneration.objects.values_list("scope", "value"))

    with CaptureQueriesContext(connection) as queries:
        articles[0].save()

    generation_queries = [query for query in queries if "pdfexport_fastpathgeneration" in query["sql"]]
    assert len(generation_queries) <= 3, [query["sql"] for query in generation_queries]
    after = dict(FastPathGeneration.objects.values_list("scope", "value"))
    for sibling in articles[1:]:
        assert after[sibling.pk] == before.get(sibling.pk, 0) + 1, sibling.title
