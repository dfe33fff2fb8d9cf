"""Deadlines of the review stages (issue 15): working days without weekends and
federal holidays, a due date per stage run, the editor's „Freigabe bis“, and
the reminder and overdue notice, each sent once per due date."""

import datetime
import io
from zoneinfo import ZoneInfo

from django.core import mail
from django.core.management import call_command
from django.urls import reverse

import pytest
import time_machine
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from factsheets.factories import FactSheetPageFactory
from tests.workflows.journey import dashboard_section, edit_url, in_review
from workflows.deadlines.check import deadlines_check_run
from workflows.deadlines.jobs import deadlines_check, deadlines_schedule_ensure
from workflows.deadlines.services import release_by_set
from workflows.deadlines.working_days import is_working_day, working_days_after
from workflows.models import FourEyesApprovalTask, ReleaseBy, StageDeadline
from workflows.selectors import reviews_waiting_for

BERLIN = ZoneInfo("Europe/Berlin")
REVIEWERS = {"fachreview@example.org", "fachreview2@example.org"}


def _at(day: datetime.date, hour: int = 9):
    return time_machine.travel(datetime.datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN), tick=False)


def _oct(day: int) -> datetime.date:
    # October 2025: the 3rd, Tag der Deutschen Einheit, is a Friday.
    return datetime.date(2025, 10, day)


SUBMITTED_ON = datetime.date(2025, 9, 30)  # a Tuesday


# --- working days -------------------------------------------------------------------


def test_working_days_skip_weekends_and_federal_holidays():
    assert working_days_after(start=datetime.date(2026, 11, 27), days=1) == datetime.date(2026, 11, 30)  # Fri → Mon
    assert working_days_after(start=_oct(2), days=1) == _oct(6), "Friday 3 October is a holiday"
    # Karfreitag and Ostermontag 2026 around the Easter weekend.
    assert working_days_after(start=datetime.date(2026, 4, 2), days=1) == datetime.date(2026, 4, 7)
    assert working_days_after(start=SUBMITTED_ON, days=5) == _oct(8)
    assert not is_working_day(day=_oct(3))
    assert not is_working_day(day=datetime.date(2026, 4, 6))
    # Fronleichnam is a holiday in some Länder only: a working day for a nationwide team.
    assert is_working_day(day=datetime.date(2026, 6, 4))


# --- due dates --------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_human_stage_is_due_after_its_working_days_the_checks_get_no_deadline(team, draft_fact_sheet):
    with _at(SUBMITTED_ON):
        state = in_review(draft_fact_sheet, submitter=team.redaktion)
    assert state.task.name == "Fachreview"
    [deadline] = StageDeadline.objects.all()
    assert deadline.task_state_id == state.pk
    assert deadline.due_on == _oct(8), "five working days, not counting 3 October"
    assert not deadline.from_editor


@pytest.mark.django_db
def test_the_duration_is_set_per_stage(team, draft_fact_sheet):
    FourEyesApprovalTask.objects.filter(name="Fachreview").update(duration_days=2)
    with _at(SUBMITTED_ON):
        state = in_review(draft_fact_sheet, submitter=team.redaktion)
    assert StageDeadline.objects.get(task_state=state).due_on == _oct(2)


@pytest.mark.django_db
def test_the_administrator_sets_the_duration_in_the_task_form_within_1_to_60(client, team, roles):
    client.force_login(team.outsider)  # Administration
    url = reverse("wagtailadmin_workflows:add_task", args=["workflows", "foureyesapprovaltask"])
    html = client.get(url).content.decode()
    assert "Frist (Arbeitstage)" in html and "bundesweite Feiertage zählen nicht" in html
    form = {"name": "Schnellprüfung", "groups": [roles["Lektorat"].pk]}
    response = client.post(url, {**form, "duration_days": "61"})
    assert response.status_code == 200 and "duration_days" in response.context["form"].errors
    assert client.post(url, {**form, "duration_days": "2"}).status_code == 302
    assert FourEyesApprovalTask.objects.get(name="Schnellprüfung").duration_days == 2


# --- reminder and overdue notice ----------------------------------------------------------


def _check_days(capture, first: datetime.date, last: datetime.date) -> dict:
    """Run the check twice a day from ``first`` to ``last``; the subjects sent, by day."""
    sent = {}
    day = first
    while day <= last:
        for hour in (9, 15):
            mail.outbox.clear()
            with _at(day, hour):
                with capture(execute=True):
                    deadlines_check_run()
                # The mails go out once the check commits, as with the worker.
                if mail.outbox:
                    sent.setdefault(day, []).extend((message.subject, message.to[0]) for message in mail.outbox)
        day += datetime.timedelta(days=1)
    return sent


def _subjects(sent: dict, day: datetime.date) -> set[str]:
    return {subject for subject, _to in sent.get(day, [])}


@pytest.mark.django_db
def test_reminder_on_the_working_day_before_and_overdue_notice_after_each_once(
    team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    with _at(SUBMITTED_ON):
        in_review(draft_fact_sheet, submitter=team.redaktion)

    sent = _check_days(django_capture_on_commit_callbacks, SUBMITTED_ON, _oct(20))

    assert set(sent) == {_oct(7), _oct(9)}, "nothing on any other day, nothing twice"
    reminder, overdue = sent[_oct(7)], sent[_oct(9)]
    assert {to for _subject, to in reminder} == REVIEWERS and len(reminder) == 2
    assert _subjects(sent, _oct(7)) == {
        "Frist: „IQ Beratung 2023 in Zahlen“ ist am 8. Oktober 2025 fällig (Fachreview)"
    }
    assert {to for _subject, to in overdue} == REVIEWERS | {"redaktion@example.org"} and len(overdue) == 3
    assert _subjects(sent, _oct(9)) == {
        "Überfällig: „IQ Beratung 2023 in Zahlen“ war am 8. Oktober 2025 fällig (Fachreview)"
    }
    deadline = StageDeadline.objects.get()
    assert deadline.reminded_for == deadline.overdue_for == _oct(8)


@pytest.mark.django_db
def test_a_changed_due_date_is_reminded_and_reported_again_once(
    team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    with _at(SUBMITTED_ON):
        in_review(draft_fact_sheet, submitter=team.redaktion)
        workflow_state = StageDeadline.objects.get().task_state.workflow_state
        # Earlier than the default: the stage must be done by then.
        release_by_set(workflow_state=workflow_state, due_on=_oct(6), user=team.redaktion)
    assert StageDeadline.objects.get().due_on == _oct(6)

    sent = _check_days(django_capture_on_commit_callbacks, SUBMITTED_ON, _oct(2))
    assert set(sent) == {_oct(2)}, "the working day before Monday 6 October is Thursday: the 3rd is a holiday"

    with _at(_oct(2), 16):
        # Later than the default: the stage (not the last one) keeps its default.
        release_by_set(workflow_state=workflow_state, due_on=_oct(10), user=team.redaktion)
    assert StageDeadline.objects.get().due_on == _oct(8)

    sent = _check_days(django_capture_on_commit_callbacks, _oct(3), _oct(20))
    assert set(sent) == {_oct(7), _oct(9)}
    assert len(sent[_oct(7)]) == 2 and len(sent[_oct(9)]) == 3


@pytest.mark.django_db
def test_the_management_command_sends_what_is_due(team, draft_fact_sheet, django_capture_on_commit_callbacks):
    with _at(SUBMITTED_ON):
        in_review(draft_fact_sheet, submitter=team.redaktion)
    mail.outbox.clear()
    stdout = io.StringIO()
    with _at(_oct(9)), django_capture_on_commit_callbacks(execute=True):
        call_command("deadlines_check", stdout=stdout)
    assert "0 Erinnerung(en) und 1 Überfälligkeitsmeldung(en)" in stdout.getvalue()
    assert len(mail.outbox) == 3


# --- „Freigabe bis“ -------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-09-29", "„Freigabe bis“ muss nach dem heutigen Tag liegen; 29. September 2025 ist vorbei oder heute."),
        ("2025-09-30", "„Freigabe bis“ muss nach dem heutigen Tag liegen; 30. September 2025 ist vorbei oder heute."),
        ("2025-10-04", "„Freigabe bis“ muss ein Arbeitstag sein; 4. Oktober 2025 ist ein Samstag."),
        (
            "2025-10-03",
            "„Freigabe bis“ muss ein Arbeitstag sein; 3. Oktober 2025 ist ein bundesweiter Feiertag "
            "(Tag der Deutschen Einheit).",
        ),
    ],
)
def test_a_past_or_non_working_release_date_is_refused_and_nothing_changes(
    client, team, draft_fact_sheet, value, message
):
    with _at(SUBMITTED_ON):
        in_review(draft_fact_sheet, submitter=team.redaktion)
        client.force_login(team.redaktion)
        response = client.post(reverse("workflows_admin:release_by", args=[draft_fact_sheet.pk]), {"release_by": value})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ReleaseBy.objects.exists()
    assert StageDeadline.objects.get().due_on == _oct(8)


@pytest.mark.django_db
def test_the_editor_sets_release_by_from_the_editor(client, team, draft_fact_sheet):
    with _at(SUBMITTED_ON):
        in_review(draft_fact_sheet, submitter=team.redaktion)
        client.force_login(team.redaktion)
        editor = client.get(edit_url(draft_fact_sheet)).content.decode()
        assert "„Fachreview“ ist fällig am 8. Oktober 2025." in editor
        url = reverse("workflows_admin:release_by", args=[draft_fact_sheet.pk])
        assert url in editor
        response = client.post(url, {"release_by": "2025-10-02"})
    assert response.status_code == 302
    release_by = ReleaseBy.objects.get()
    assert (release_by.due_on, release_by.set_by) == (_oct(2), team.redaktion)
    deadline = StageDeadline.objects.get()
    assert (deadline.due_on, deadline.from_editor) == (_oct(2), True)


# --- „Meine Prüfungen“ ----------------------------------------------------------------------


@pytest.mark.django_db
def test_overdue_reviews_come_first_in_my_reviews(client, team, draft_fact_sheet, fact_sheet_index):
    with _at(SUBMITTED_ON):
        in_review(draft_fact_sheet, submitter=team.redaktion)
    later = FactSheetPageFactory(parent=fact_sheet_index, live=False, title="Später eingereicht")
    with _at(_oct(1)):
        state = in_review(later, submitter=team.redaktion)
        release_by_set(workflow_state=state.workflow_state, due_on=_oct(2), user=team.redaktion)

    with _at(_oct(1)):
        assert [item.page_id for item in reviews_waiting_for(user=team.fachreview)] == [draft_fact_sheet.pk, later.pk]
    with _at(_oct(6)):
        items = reviews_waiting_for(user=team.fachreview)
        panel = dashboard_section(client, team.fachreview, "my-reviews-section")
    assert [(item.page_id, item.overdue) for item in items] == [(later.pk, True), (draft_fact_sheet.pk, False)]
    assert "überfällig seit" in panel and "3. Oktober 2025" in panel
    assert "fällig am" in panel and "8. Oktober 2025" in panel
    assert panel.index("Später eingereicht") < panel.index("IQ Beratung 2023 in Zahlen")


# --- the periodic check ---------------------------------------------------------------------


@pytest.mark.django_db
def test_one_check_stays_queued_however_often_it_is_ensured(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    assert deadlines_schedule_ensure() is True
    assert deadlines_schedule_ensure() is False
    queued = DBTaskResult.objects.filter(task_path=deadlines_check.module_path, status=TaskResultStatus.READY)
    assert queued.count() == 1
    assert queued.get().run_after is not None, "an hour from now, not at once"
