"""PDF downloads are counted once per download, in the cache, and persisted
by ``downloads_persist`` without losing or doubling a count."""

import datetime
import threading

from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import PageViewRestriction

import pytest
import time_machine

from pdfexport.downloads import counters, persist
from pdfexport.downloads.counters import counter_increment, counters_read, persist_lock_acquire
from pdfexport.downloads.counting import download_day
from pdfexport.downloads.persist import downloads_persist
from pdfexport.models import PdfDownloadDay, PdfKind, PublicationPDF

FAST = "X-IQ-Fast-Path"


def _pending(page, day=None) -> int:
    day = day or download_day()
    return counters_read(days=[day]).get((day, page.pk), 0)


def _persisted(page) -> int:
    return sum(PdfDownloadDay.objects.filter(page_id=page.pk).values_list("count", flat=True))


def _get(client, url, *, path, method="get", **headers):
    """A request on the page route (the fast path forgotten) or on the fast path."""
    if path == "route":
        caches["default"].clear()
    response = getattr(client, method)(url, headers=headers)
    assert (FAST in response) is (path == "fast")
    return response


@pytest.fixture
def pdf_url(client, published_fact_sheet):
    """The live PDF's URL, downloaded once so that the fast path knows it; the
    warm-up download is persisted, so every test starts with no pending count."""
    url = published_fact_sheet.url + "pdf/"
    assert client.get(url).status_code == 200
    downloads_persist()
    assert _pending(published_fact_sheet) == 0
    return url


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["route", "fast"])
@pytest.mark.parametrize(
    ("method", "headers", "status", "counted"),
    [
        ("get", {}, 200, 1),
        ("get", {"range": "bytes=0-1023"}, 206, 1),
        ("get", {"range": "bytes=0-"}, 206, 1),
        ("get", {"range": "bytes=1024-2047"}, 206, 0),
        ("get", {"range": "bytes=-64"}, 206, 0),
        ("get", {"range": "bytes=999999999-"}, 416, 0),
        ("head", {}, 200, 0),
    ],
    ids=["whole", "range-from-0", "open-range-from-0", "later-range", "suffix-range", "unsatisfiable", "head"],
)
def test_a_download_counts_once_whatever_the_path(
    client, published_fact_sheet, pdf_url, path, method, headers, status, counted
):
    response = _get(client, pdf_url, path=path, method=method, **headers)
    assert response.status_code == status
    assert _pending(published_fact_sheet) == counted


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["route", "fast"])
def test_a_revalidation_is_not_a_download(client, published_fact_sheet, pdf_url, path):
    etag = client.head(pdf_url)["ETag"]
    assert _get(client, pdf_url, path=path, **{"if-none-match": etag}).status_code == 304
    assert _pending(published_fact_sheet) == 0


@pytest.mark.django_db
def test_a_viewer_loading_the_file_in_parts_counts_once(client, published_fact_sheet, pdf_url):
    size = PublicationPDF.objects.get().byte_size
    for start in range(0, size, 4096):
        client.get(pdf_url, headers={"range": f"bytes={start}-{min(start + 4095, size - 1)}"})
    assert _pending(published_fact_sheet) == 1


@pytest.mark.django_db
def test_an_edition_url_counts_for_its_publication(client, published_fact_sheet):
    pdf = PublicationPDF.objects.get()
    url = published_fact_sheet.url + f"pdf/{pdf.sha256}/"
    assert client.get(url).status_code == 200
    assert client.get(url)[FAST] == "1"
    assert _pending(published_fact_sheet) == 2


@pytest.mark.django_db
def test_proofs_and_the_admin_archive_are_not_counted(
    client, editor, published_fact_sheet, django_capture_on_commit_callbacks
):
    page = published_fact_sheet
    page.title = "Entwurf"
    page.save_revision()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(reverse("pdfexport_admin:proof", args=[page.pk]))
    page.refresh_from_db()
    proof = client.get(reverse("pdfexport_admin:proof_download", args=[page.pk, page.latest_revision_id]))
    archived = PublicationPDF.objects.get(kind=PdfKind.PUBLICATION)
    archive = client.get(reverse("pdfexport_admin:archive_download", args=[page.pk, archived.pk]))
    assert proof.status_code == 200 and archive.status_code == 200
    assert _pending(page) == 0


@pytest.mark.django_db
def test_restricted_publications_are_not_counted(client, editor, published_fact_sheet):
    PageViewRestriction.objects.create(
        page=published_fact_sheet.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    client.force_login(editor)
    for _ in range(2):
        assert client.get(published_fact_sheet.url + "pdf/").status_code == 200
    assert _pending(published_fact_sheet) == 0


@pytest.mark.django_db
def test_a_download_writes_nothing_to_the_database(client, published_fact_sheet, django_assert_num_queries):
    url = published_fact_sheet.url + "pdf/"
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))]
    assert writes == []
    # The fast path's one query reads the generations (pdfexport/fast_path.py).
    with django_assert_num_queries(1) as fast_queries:
        assert client.get(url)[FAST] == "1"
    assert fast_queries.captured_queries[0]["sql"].lstrip().upper().startswith("SELECT")
    assert _pending(published_fact_sheet) == 2
    assert not PdfDownloadDay.objects.exists()


@pytest.mark.django_db
def test_nothing_about_the_reader_is_kept(client, published_fact_sheet):
    address, agent = "203.0.113.77", "Testbrowser/9.9 (Leser)"
    client.cookies["readerid"] = "cookie-abc123"
    url = published_fact_sheet.url + "pdf/"
    for _ in range(2):
        client.get(url, REMOTE_ADDR=address, headers={"user-agent": agent})
    cache = caches["downloads"]
    # Pickle keeps strings as their UTF-8 bytes: a stored trace would show in the raw entries.
    stored = b"".join(key.encode() + value for key, value in cache._cache.items())
    assert stored
    for trace in (address, agent, "cookie-abc123"):
        assert trace.encode() not in stored
    assert {field.name for field in PdfDownloadDay._meta.concrete_fields} == {"id", "page", "day", "count"}
    downloads_persist()
    assert _persisted(published_fact_sheet) == 2


@pytest.mark.django_db
def test_a_failing_cache_costs_the_count_not_the_download(client, published_fact_sheet, monkeypatch):
    def broken(**kwargs):
        raise ConnectionError("Redis startet neu")

    monkeypatch.setattr("pdfexport.downloads.counting.counter_increment", broken)
    assert client.get(published_fact_sheet.url + "pdf/").status_code == 200


@pytest.mark.django_db
def test_the_day_is_the_day_in_berlin(client, published_fact_sheet):
    # 22:30 UTC on 31 March is half past midnight on 1 April in Berlin (summer time).
    with time_machine.travel(datetime.datetime(2026, 3, 31, 22, 30, tzinfo=datetime.UTC), tick=False):
        client.get(published_fact_sheet.url + "pdf/")
        downloads_persist()
    assert list(PdfDownloadDay.objects.values_list("day", "count")) == [(datetime.date(2026, 4, 1), 1)]


# --- persisting ----------------------------------------------------------------


@pytest.mark.django_db
def test_persist_moves_the_counts_and_leaves_none_behind(client, published_fact_sheet):
    url = published_fact_sheet.url + "pdf/"
    for _ in range(3):
        client.get(url)
    outcome = downloads_persist()
    assert (outcome.downloads, outcome.rows) == (3, 1)
    assert _persisted(published_fact_sheet) == 3
    assert _pending(published_fact_sheet) == 0
    assert downloads_persist().downloads == 0
    assert _persisted(published_fact_sheet) == 3
    client.get(url)
    downloads_persist()
    assert PdfDownloadDay.objects.get(page_id=published_fact_sheet.pk).count == 4


@pytest.mark.django_db
def test_downloads_counted_while_persisting_are_not_lost(published_fact_sheet, monkeypatch):
    today = download_day()
    for _ in range(5):
        counter_increment(page_id=published_fact_sheet.pk, day=today)

    def read_then_a_download_arrives(**kwargs):
        counts = counters_read(**kwargs)
        counter_increment(page_id=published_fact_sheet.pk, day=today)
        return counts

    monkeypatch.setattr(persist, "counters_read", read_then_a_download_arrives)
    assert downloads_persist().downloads == 5
    monkeypatch.undo()
    assert _pending(published_fact_sheet) == 1
    downloads_persist()
    assert _persisted(published_fact_sheet) == 6


@pytest.mark.django_db
def test_counts_go_back_to_the_cache_when_the_database_refuses_them(published_fact_sheet, monkeypatch):
    today = download_day()
    for _ in range(2):
        counter_increment(page_id=published_fact_sheet.pk, day=today)

    def refused(**kwargs):
        raise RuntimeError("Datenbank nicht erreichbar")

    monkeypatch.setattr(persist, "_add", refused)
    with pytest.raises(RuntimeError):
        downloads_persist()
    monkeypatch.undo()
    assert _pending(published_fact_sheet) == 2
    downloads_persist()
    assert _persisted(published_fact_sheet) == 2


@pytest.mark.django_db
def test_a_second_run_at_the_same_time_does_nothing(published_fact_sheet):
    counter_increment(page_id=published_fact_sheet.pk, day=download_day())
    assert persist_lock_acquire(timeout=60)
    assert downloads_persist().skipped
    assert not PdfDownloadDay.objects.exists()


@pytest.mark.django_db
def test_counters_of_finished_days_are_deleted_after_persisting(published_fact_sheet):
    day = datetime.date(2026, 5, 4)
    with time_machine.travel(datetime.datetime(2026, 5, 4, 10, 0, tzinfo=datetime.UTC), tick=False):
        counter_increment(page_id=published_fact_sheet.pk, day=day)
    with time_machine.travel(datetime.datetime(2026, 5, 7, 10, 0, tzinfo=datetime.UTC), tick=False):
        downloads_persist()
    assert PdfDownloadDay.objects.get(page_id=published_fact_sheet.pk, day=day).count == 1
    cache = caches["downloads"]
    assert cache.get(counters._counter_key(day, published_fact_sheet.pk)) is None
    assert cache.get(counters._length_key(day)) is None


@pytest.mark.django_db
def test_counts_of_a_deleted_page_are_dropped(published_fact_sheet, fact_sheet_index):
    counter_increment(page_id=fact_sheet_index.pk + 10_000, day=download_day())
    counter_increment(page_id=published_fact_sheet.pk, day=download_day())
    assert downloads_persist().downloads == 1
    assert list(PdfDownloadDay.objects.values_list("page_id", flat=True)) == [published_fact_sheet.pk]


@pytest.mark.django_db
def test_the_command_persists_and_can_hand_over_to_the_worker(published_fact_sheet, capsys):
    counter_increment(page_id=published_fact_sheet.pk, day=download_day())
    call_command("downloads_persist")
    assert "1 PDF-Downloads übertragen" in capsys.readouterr().out
    counter_increment(page_id=published_fact_sheet.pk, day=download_day())
    call_command("downloads_persist", "--enqueue")
    assert "Hintergrunddienst übergeben" in capsys.readouterr().out
    assert _persisted(published_fact_sheet) == 2


# --- the embedded default's shared counters ------------------------------------


def test_file_counters_lose_no_increment_under_concurrency(settings, tmp_path):
    settings.CACHES = {
        **settings.CACHES,
        "downloads": {"BACKEND": "pdfexport.downloads.file_cache.CounterFileCache", "LOCATION": str(tmp_path)},
    }
    day = datetime.date(2026, 6, 1)

    def download_many():
        for _ in range(40):
            counter_increment(page_id=7, day=day)

    threads = [threading.Thread(target=download_many) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counters_read(days=[day]) == {(day, 7): 320}
    # One page, one slot in the day's index, however many first downloads raced.
    assert caches["downloads"].get(counters._length_key(day)) == 1
