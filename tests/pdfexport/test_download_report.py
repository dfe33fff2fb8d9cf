"""The admin report „PDF-Downloads“: top publications per period, a chart per
publication, CSV and XLSX exports, and who may see it."""

import csv
import datetime
import io

from django.urls import reverse

import openpyxl
import pytest
import time_machine

from cms.factories import UserFactory
from factsheets.factories import FactSheetPageFactory
from pdfexport.models import PdfDownloadDay

REPORT = reverse("pdfexport_downloads:report")
HEADER = ["Seiten-ID", "Titel", "Typ", "Monat", "Downloads"]


@pytest.fixture(autouse=True)
def _mid_november():
    with time_machine.travel(datetime.datetime(2026, 11, 15, 11, 0, tzinfo=datetime.UTC), tick=False):
        yield


@pytest.fixture
def figures(fact_sheet_index):
    """Two fact sheets and their downloads: within the last twelve months,
    this month, and long ago (2024)."""
    zahlen = FactSheetPageFactory(parent=fact_sheet_index, title="Beratung in Zahlen")
    anerkennung = FactSheetPageFactory(parent=fact_sheet_index, title="Anerkennung kompakt")
    for page, day, count in (
        (zahlen, datetime.date(2026, 11, 3), 5),
        (zahlen, datetime.date(2026, 11, 4), 1),
        (zahlen, datetime.date(2026, 10, 10), 7),
        (zahlen, datetime.date(2025, 12, 1), 4),
        (zahlen, datetime.date(2024, 6, 1), 100),
        (anerkennung, datetime.date(2026, 11, 10), 9),
    ):
        PdfDownloadDay.objects.create(page=page, day=day, count=count)
    return zahlen, anerkennung


@pytest.fixture
def administration(client, roles):
    client.force_login(UserFactory(administration=True))
    return client


def _results(html: str) -> str:
    """The report's own part of the page (the admin around it has tables and icons too)."""
    return html[html.index('<div id="listing-results">') :]


def _table(html: str) -> str:
    results = _results(html)
    return results[results.index("<table") : results.index("</table>")]


def _listing(client, **params) -> list[tuple[str, str]]:
    """(title, downloads) of the report's table, in order."""
    response = client.get(REPORT, params)
    assert response.status_code == 200
    table = _table(response.content.decode())
    rows = []
    for chunk in table.split("<tr")[2:]:
        cells = [cell.split("</td>")[0] for cell in chunk.split("<td")[1:]]
        title = cells[0].split("</a>")[0].rsplit(">", 1)[-1].strip()
        rows.append((title, cells[-1].rsplit(">", 1)[-1].strip()))
    return rows


@pytest.mark.django_db
def test_administration_sees_the_most_downloaded_publications_of_each_period(administration, figures):
    assert _listing(administration) == [("Beratung in Zahlen", "17"), ("Anerkennung kompakt", "9")]
    assert _listing(administration, period="monat") == [("Anerkennung kompakt", "9"), ("Beratung in Zahlen", "6")]
    assert _listing(administration, period="2024") == [("Beratung in Zahlen", "100")]
    assert _listing(administration, period="gesamt") == [("Beratung in Zahlen", "117"), ("Anerkennung kompakt", "9")]
    # The filter drawer refreshes the results alone.
    fragment = administration.get(reverse("pdfexport_downloads:report_results"), {"period": "2024"})
    assert fragment.status_code == 200 and "Beratung in Zahlen" in fragment.content.decode()
    assert "Anerkennung kompakt" not in fragment.content.decode()


@pytest.mark.django_db
def test_the_report_says_what_is_not_stored(administration, figures):
    html = administration.get(REPORT).content.decode()
    assert "keine IP-Adressen, keine Cookies, keine Browserkennungen" in html
    assert "Letzte 12 Monate" in html and "Jahr 2024" in html


@pytest.mark.django_db
def test_a_period_without_downloads_says_so(administration, figures):
    html = administration.get(REPORT, {"period": "2025"}).content.decode()
    # Only December 2025 has downloads.
    assert "Beratung in Zahlen" in html
    PdfDownloadDay.objects.filter(day__year=2025).delete()
    html = administration.get(REPORT, {"period": "2025"}).content.decode()
    assert "Im Zeitraum „Jahr 2025“ wurden keine PDFs heruntergeladen." in html


@pytest.mark.django_db
def test_an_unknown_period_gets_a_german_error_not_a_500(administration, figures):
    response = administration.get(REPORT, {"period": "1999"})
    assert response.status_code == 200
    assert "gültige Auswahl" in response.content.decode()
    export = administration.get(REPORT, {"period": "kaputt", "export": "csv"})
    assert export.status_code == 200


@pytest.mark.django_db
def test_freigabe_may_see_the_report_and_finds_it_in_the_reports_menu(client, roles, figures):
    client.force_login(UserFactory(freigabe=True))
    assert client.get(REPORT).status_code == 200
    assert "PDF-Downloads" in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.django_db
def test_a_plain_editor_is_denied_everything(client, editor, figures):
    zahlen, _ = figures
    client.force_login(editor)
    assert "PDF-Downloads" not in client.get(reverse("wagtailadmin_home")).content.decode()
    for url in (
        REPORT,
        REPORT + "?export=csv",
        reverse("pdfexport_downloads:publication", args=[zahlen.pk]),
        reverse("pdfexport_downloads:publication", args=[zahlen.pk]) + "?export=xlsx",
    ):
        response = client.get(url)
        # Wagtail answers PermissionDenied in the admin with a redirect to the dashboard.
        assert response.status_code == 302 and response["Location"] == "/admin/"


@pytest.mark.django_db
def test_the_publication_chart_shows_every_month_with_a_table(administration, figures):
    zahlen, _ = figures
    response = administration.get(reverse("pdfexport_downloads:publication", args=[zahlen.pk]))
    assert response.status_code == 200
    html = _results(response.content.decode())
    svg = html[html.index('<svg role="img"') : html.index("</svg>")]
    assert svg.count("<rect") == 12
    assert '<title id="downloads-chart-title">PDF-Downloads pro Monat: Beratung in Zahlen</title>' in svg
    assert "17 Downloads in 12 Monaten; am meisten im Okt 2026 (7)." in svg
    assert "," not in svg.split("<desc")[0].split("viewBox")[1]  # coordinates unlocalised
    table = _table(html)
    for month, downloads in (("Dezember 2025", "4"), ("Oktober 2026", "7"), ("November 2026", "6"), ("Mai 2026", "0")):
        assert month in table
        row = table.split(month)[1].split("</tr>")[0]
        assert f">{downloads}<" in row.replace(" ", "").replace("\n", "")


@pytest.mark.django_db
def test_only_publications_have_a_chart(administration, figures, home_page):
    assert administration.get(reverse("pdfexport_downloads:publication", args=[home_page.pk])).status_code == 404
    assert administration.get(reverse("pdfexport_downloads:publication", args=[999_999])).status_code == 404


@pytest.mark.django_db
def test_csv_export_has_a_row_per_publication_and_month(administration, figures):
    zahlen, anerkennung = figures
    response = administration.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows == [
        HEADER,
        [str(zahlen.pk), "Beratung in Zahlen", "IQ Fact Sheet", "2025-12", "4"],
        [str(zahlen.pk), "Beratung in Zahlen", "IQ Fact Sheet", "2026-10", "7"],
        [str(anerkennung.pk), "Anerkennung kompakt", "IQ Fact Sheet", "2026-11", "9"],
        [str(zahlen.pk), "Beratung in Zahlen", "IQ Fact Sheet", "2026-11", "6"],
    ]


@pytest.mark.django_db
def test_xlsx_export_has_numbers_a_spreadsheet_can_add_up(administration, figures):
    zahlen, _ = figures
    response = administration.get(REPORT, {"export": "xlsx", "period": "gesamt"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == HEADER
    assert rows[1] == [zahlen.pk, "Beratung in Zahlen", "IQ Fact Sheet", "2024-06", 100]
    assert sum(row[4] for row in rows[1:]) == 126


@pytest.mark.django_db
def test_a_publication_export_includes_months_without_downloads(administration, figures):
    zahlen, _ = figures
    url = reverse("pdfexport_downloads:publication", args=[zahlen.pk])
    response = administration.get(url, {"export": "xlsx"})
    rows = list(openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active.values)
    assert rows[0] == tuple(HEADER)
    assert [row[3] for row in rows[1:]] == [f"2025-{month}" for month in ("12",)] + [
        f"2026-{month:02d}" for month in range(1, 12)
    ]
    assert [row[4] for row in rows[1:]] == [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 6]


@pytest.mark.django_db
def test_the_report_needs_few_queries_however_many_publications(
    administration, figures, fact_sheet_index, django_assert_max_num_queries
):
    for number in range(20):
        page = FactSheetPageFactory(parent=fact_sheet_index, title=f"Weitere Publikation {number}")
        PdfDownloadDay.objects.create(page=page, day=datetime.date(2026, 11, 1), count=number + 1)
    with django_assert_max_num_queries(20):
        rows = _listing(administration)
    assert len(rows) == 22 and rows[0] == ("Weitere Publikation 19", "20")
