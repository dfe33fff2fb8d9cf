"""The report „Prüfzeiten“: every figure equals one computed by hand below.

The stage runs are rows written directly (start and finish as given), not
driven through the workflow: the figures depend only on those rows.

Hand-computed (durations in hours, month of the finish in Europe/Berlin):

IQ Fact Sheet, Fachreview, 2026-11: 2 (approved), 4 (rejected), 9 (approved,
  finished 30 Nov 23:30 Berlin) -> 3 runs, median 4, p90 rank ⌈0.9·3⌉ = 3 -> 9,
  rejection 1/3 = 33.3 %, overdue 0 %.
IQ Fact Sheet, Fachreview, 2026-12: 144 (approved, finished 30 Nov 23:30 UTC,
  which is 1 Dec 00:30 in Berlin) -> 1 run, median 144, p90 144, rejection 0 %,
  overdue 100 % (144 h > 5 days).
IQ Fact Sheet, Freigabe, 2026-11: 1, 2, …, 10 (3 and 7 rejected) -> 10 runs,
  median (5 + 6) / 2 = 5.5, p90 rank ⌈0.9·10⌉ = 9 -> 9, rejection 2/10 = 20 %,
  overdue 0 %.
Themendossier, Fachreview und Lektorat, 2026-11: 24 (approved), 130 (rejected)
  -> 2 runs, median 77, p90 rank ⌈0.9·2⌉ = 2 -> 130, rejection 50 %, overdue
  50 % (130 h > 120 h; exactly 120 h would not be).
Not counted: a skipped Fachreview, a cancelled Freigabe, a Freigabe still in
progress, and the automated checks.

Median per stage (chart): Fachreview 2, 4, 9, 144 -> 6.5; Freigabe 5.5;
Fachreview und Lektorat 77.
"""

import csv
import datetime
import io
from types import SimpleNamespace

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Task, TaskState, Workflow, WorkflowState

import openpyxl
import pytest

from cms.factories import UserFactory
from dossiers.factories import DossierPageFactory
from workflows.analytics.figures import (
    FigureRow,
    figure_rows,
    percentile_nearest_rank,
    stage_medians,
    stage_runs,
)
from workflows.defaults import CHECKS

REPORT = "/admin/berichte/pruefzeiten/"
UTC = datetime.UTC

HEADINGS = [
    "Publikationsart",
    "Prüfschritt",
    "Monat",
    "Abgeschlossen",
    "Median (Stunden)",
    "90. Perzentil (Stunden)",
    "Rückweisungsquote (%)",
    "Überfällig (%)",
]
# month, type, stage, count, median, p90, rejection %, overdue %
EXPECTED = [
    ("2026-11", "IQ Fact Sheet", "Fachreview", 3, 4.0, 9.0, 33.3, 0.0),
    ("2026-11", "IQ Fact Sheet", "Freigabe", 10, 5.5, 9.0, 20.0, 0.0),
    ("2026-11", "Themendossier", "Fachreview und Lektorat", 2, 77.0, 130.0, 50.0, 50.0),
    ("2026-12", "IQ Fact Sheet", "Fachreview", 1, 144.0, 144.0, 0.0, 100.0),
]


def _as_tuple(row: FigureRow):
    return (
        row.month_label,
        row.type_label,
        row.stage,
        row.count,
        row.median_hours,
        row.p90_hours,
        row.rejection_percent,
        row.overdue_percent,
    )


class Runs:
    """Writes task states of one page's workflow state with given times."""

    def __init__(self, page, workflow_name: str):
        revision = page.save_revision()
        self.revision = revision
        self.workflow_state = WorkflowState.objects.create(
            content_object=page,
            content_type=page.content_type,
            workflow=Workflow.objects.get(name=workflow_name),
            status=WorkflowState.STATUS_APPROVED,
        )

    def add(
        self, stage: str, *, finished: datetime.datetime | None, hours: float, status=TaskState.STATUS_APPROVED
    ) -> TaskState:
        task_state = TaskState.objects.create(
            workflow_state=self.workflow_state,
            revision=self.revision,
            task=Task.objects.get(name=stage),
            status=status,
            finished_at=finished,
        )
        started = (finished or datetime.datetime(2026, 11, 20, 12, tzinfo=UTC)) - datetime.timedelta(hours=hours)
        # started_at is auto_now_add: only an update sets it.
        TaskState.objects.filter(pk=task_state.pk).update(started_at=started)
        return task_state


def _fact_sheet_runs(runs: Runs):
    november = datetime.datetime(2026, 11, 10, 9, tzinfo=UTC)
    runs.add("Fachreview", finished=november, hours=2)
    runs.add("Fachreview", finished=november, hours=4, status=TaskState.STATUS_REJECTED)
    # 23:30 in Berlin on 30 November: still November.
    runs.add("Fachreview", finished=datetime.datetime(2026, 11, 30, 22, 30, tzinfo=UTC), hours=9)
    # 00:30 in Berlin on 1 December, though still 30 November in UTC.
    runs.add("Fachreview", finished=datetime.datetime(2026, 11, 30, 23, 30, tzinfo=UTC), hours=144)
    for hours in range(1, 11):
        status = TaskState.STATUS_REJECTED if hours in (3, 7) else TaskState.STATUS_APPROVED
        runs.add("Freigabe", finished=november, hours=hours, status=status)
    # Not counted:
    runs.add("Fachreview", finished=november, hours=0, status=TaskState.STATUS_SKIPPED)
    runs.add("Freigabe", finished=november, hours=200, status=TaskState.STATUS_CANCELLED)
    runs.add("Freigabe", finished=None, hours=300, status=TaskState.STATUS_IN_PROGRESS)
    runs.add(CHECKS, finished=november, hours=1)


@pytest.fixture
def figures(draft_fact_sheet, dossier_index):
    fact_sheet = Runs(draft_fact_sheet, "IQ Fact Sheet")
    _fact_sheet_runs(fact_sheet)
    dossier = Runs(DossierPageFactory(parent=dossier_index, live=False, title="Anerkennung"), "Themendossier")
    november = datetime.datetime(2026, 11, 12, 15, tzinfo=UTC)
    dossier.add("Fachreview und Lektorat", finished=november, hours=24)
    dossier.add("Fachreview und Lektorat", finished=november, hours=130, status=TaskState.STATUS_REJECTED)
    return SimpleNamespace(fact_sheet=fact_sheet, dossier=dossier)


@pytest.fixture
def administration(client, roles):
    client.force_login(UserFactory(administration=True))
    return client


def test_nearest_rank_percentile_takes_a_measured_value():
    assert percentile_nearest_rank(values=[9, 2, 4], percent=90) == 9
    assert percentile_nearest_rank(values=list(range(1, 11)), percent=90) == 9
    assert percentile_nearest_rank(values=list(range(1, 21)), percent=90) == 18
    assert percentile_nearest_rank(values=[7], percent=90) == 7


@pytest.mark.django_db
def test_every_figure_equals_the_hand_computed_one(figures):
    assert [_as_tuple(row) for row in figure_rows(runs=stage_runs())] == EXPECTED


@pytest.mark.django_db
def test_the_chart_has_the_median_of_each_stage(figures):
    medians = {median.stage: (median.count, median.median_hours) for median in stage_medians(runs=stage_runs())}
    assert medians == {"Fachreview": (4, 6.5), "Freigabe": (10, 5.5), "Fachreview und Lektorat": (2, 77.0)}


@pytest.mark.django_db
def test_a_run_with_a_due_date_is_overdue_when_it_finished_after_it_in_berlin(draft_fact_sheet):
    from workflows.models.deadline import StageDeadline

    runs = Runs(draft_fact_sheet, "IQ Fact Sheet")
    # 10 November 23:30 UTC is 11 November in Berlin: a day late for a due date of 10 November.
    late = runs.add("Fachreview", finished=datetime.datetime(2026, 11, 10, 23, 30, tzinfo=UTC), hours=2)
    # Seven days, far past the fallback allowance, but within its due date.
    in_time = runs.add("Fachreview", finished=datetime.datetime(2026, 11, 10, 9, tzinfo=UTC), hours=168)
    StageDeadline.objects.create(task_state=late, due_on=datetime.date(2026, 11, 10))
    StageDeadline.objects.create(task_state=in_time, due_on=datetime.date(2026, 11, 10))
    assert {run.hours: run.overdue for run in stage_runs()} == {2.0: True, 168.0: False}


@pytest.mark.django_db
def test_exactly_the_allowance_is_not_overdue(draft_fact_sheet):
    runs = Runs(draft_fact_sheet, "IQ Fact Sheet")
    finished = datetime.datetime(2026, 11, 10, 9, tzinfo=UTC)
    runs.add("Fachreview", finished=finished, hours=120)
    runs.add("Fachreview", finished=finished, hours=120.5)
    assert [run.overdue for run in sorted(stage_runs(), key=lambda run: run.hours)] == [False, True]


@pytest.mark.django_db
def test_type_and_month_range_narrow_the_figures(figures, draft_fact_sheet):
    dossier_type = figures.dossier.workflow_state.content_type_id
    assert [_as_tuple(row) for row in figure_rows(runs=stage_runs(content_type_id=dossier_type))] == [EXPECTED[2]]
    december = datetime.date(2026, 12, 1)
    assert [_as_tuple(row) for row in figure_rows(runs=stage_runs(first_month=december))] == [EXPECTED[3]]
    november = datetime.date(2026, 11, 1)
    assert [_as_tuple(row) for row in figure_rows(runs=stage_runs(last_month=november))] == EXPECTED[:3]


@pytest.mark.django_db
def test_one_query_however_many_stages_ran(figures, django_assert_num_queries):
    with django_assert_num_queries(1):
        runs = stage_runs()
    for _ in range(20):
        figures.fact_sheet.add("Lektorat (EN)", finished=datetime.datetime(2026, 11, 3, tzinfo=UTC), hours=3)
    with django_assert_num_queries(1):
        more = stage_runs()
    assert len(more) == len(runs) + 20


def _table(html: str) -> str:
    results = html[html.index('<div id="listing-results">') :]
    results = results[results.index('id="analytics-table"') :]
    return results[results.index("<table") : results.index("</table>")]


def _cells(html: str) -> list[list[str]]:
    rows = []
    for chunk in _table(html).split("<tr")[2:]:
        rows.append([cell.split("</td>")[0].rsplit(">", 1)[-1].strip() for cell in chunk.split("<td")[1:]])
    return rows


@pytest.mark.django_db
def test_administration_sees_the_figures_chart_and_table(administration, figures):
    response = administration.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    assert _cells(html) == [
        ["IQ Fact Sheet", "Fachreview", "2026-11", "3", "4,0 Std.", "9,0 Std.", "33,3 %", "0,0 %"],
        ["IQ Fact Sheet", "Freigabe", "2026-11", "10", "5,5 Std.", "9,0 Std.", "20,0 %", "0,0 %"],
        ["Themendossier", "Fachreview und Lektorat", "2026-11", "2", "77,0 Std.", "130,0 Std.", "50,0 %", "50,0 %"],
        ["IQ Fact Sheet", "Fachreview", "2026-12", "1", "144,0 Std.", "144,0 Std.", "0,0 %", "100,0 %"],
    ]
    chart = html[html.index("<figure") : html.index("</figure>")]
    assert "<svg" in chart and 'role="img"' in chart and "<title" in chart and "<desc" in chart
    assert "Median der Prüfdauer je Prüfschritt" in html
    medians = html[html.index('id="analytics-medians"') :]
    medians = medians[: medians.index("</table>")]
    assert "Fachreview</th><td>4</td><td>6,5 Std.</td>" in medians
    assert "Fachreview und Lektorat</th><td>2</td><td>77,0 Std.</td>" in medians


@pytest.mark.django_db
def test_the_filter_narrows_the_table(administration, figures):
    dossier_type = figures.dossier.workflow_state.content_type_id
    html = administration.get(REPORT, {"publication_type": dossier_type}).content.decode()
    assert [row[:3] for row in _cells(html)] == [["Themendossier", "Fachreview und Lektorat", "2026-11"]]
    html = administration.get(REPORT, {"first_month": "2026-12", "last_month": "2026-12"}).content.decode()
    assert [row[:3] for row in _cells(html)] == [["IQ Fact Sheet", "Fachreview", "2026-12"]]


@pytest.mark.django_db
def test_freigabe_may_see_the_report_and_finds_it_under_berichte(client, roles, figures):
    client.force_login(UserFactory(freigabe=True))
    assert client.get(REPORT).status_code == 200
    # The menu is JSON in the page: its umlauts are escaped, its URL is not.
    assert REPORT in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.django_db
def test_an_editor_is_refused_and_sees_no_menu_entry(client, editor, figures):
    client.force_login(editor)
    assert REPORT not in client.get(reverse("wagtailadmin_home")).content.decode()
    for url in (REPORT, REPORT + "?export=csv", REPORT + "results/"):
        response = client.get(url)
        # Wagtail answers a refused admin view with the dashboard and a message.
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"), url


@pytest.mark.django_db
def test_anonymous_is_sent_to_the_login(client, figures):
    response = client.get(REPORT)
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.django_db
def test_csv_export_has_german_headings_and_the_figures(administration, figures):
    response = administration.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == HEADINGS
    expected = [
        [t, s, m, str(c), str(med), str(p90), str(rej), str(over)] for m, t, s, c, med, p90, rej, over in EXPECTED
    ]
    assert rows[1:] == expected


@pytest.mark.django_db
def test_xlsx_export_has_the_same_rows_as_numbers(administration, figures):
    response = administration.get(REPORT, {"export": "xlsx"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert list(rows[0]) == HEADINGS
    assert [tuple(row) for row in rows[1:]] == [
        (t, s, m, c, med, p90, rej, over) for m, t, s, c, med, p90, rej, over in EXPECTED
    ]


@pytest.mark.django_db
def test_the_report_needs_as_many_queries_however_many_stages_ran(administration, figures):
    with CaptureQueriesContext(connection) as before:
        assert administration.get(REPORT).status_code == 200
    for _ in range(30):
        figures.fact_sheet.add("Lektorat (EN)", finished=datetime.datetime(2026, 11, 3, tzinfo=UTC), hours=3)
    with CaptureQueriesContext(connection) as after:
        html = administration.get(REPORT).content.decode()
    assert ["IQ Fact Sheet", "Lektorat (EN)", "2026-11", "30"] in [row[:4] for row in _cells(html)]
    assert len(after) == len(before)
