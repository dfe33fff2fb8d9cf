"""Durations read as people say them, in the editor, on the dashboard and in
the e-mails: „seit 4 Tagen“, never „seit 5760 Minuten“."""

import datetime
import io

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import TaskState

import pytest

from tests.workflows.form_state import page_form_data
from tests.workflows.journey import current_task_state, edit_url, in_review, stage, submit
from workflows.durations import ago_label, since_label

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 2, 12, 0, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("elapsed", "label"),
    [
        (datetime.timedelta(seconds=30), "seit weniger als einer Minute"),
        (datetime.timedelta(minutes=1), "seit einer Minute"),
        (datetime.timedelta(minutes=25), "seit 25 Minuten"),
        (datetime.timedelta(minutes=61), "seit einer Stunde"),
        (datetime.timedelta(hours=3, minutes=59), "seit 3 Stunden"),
        (datetime.timedelta(hours=47), "seit einem Tag"),
        (datetime.timedelta(minutes=5760), "seit 4 Tagen"),
        (datetime.timedelta(minutes=-5), "seit weniger als einer Minute"),  # another machine's clock
    ],
)
def test_the_largest_whole_unit_in_the_dative(elapsed, label):
    assert since_label(since=NOW - elapsed, now=NOW) == label
    assert ago_label(since=NOW - elapsed, now=NOW) == label.replace("seit", "vor", 1)


def _started(page, *, ago: datetime.timedelta) -> None:
    TaskState.objects.filter(pk=current_task_state(page).pk).update(started_at=timezone.now() - ago)


def test_the_editor_warning_about_checks_that_never_finish_says_days(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    # Regression: the warning counted minutes, „seit 5760 Minuten“.
    with django_capture_on_commit_callbacks(execute=False):  # the worker never picks the job up
        submit(client, team.redaktion, draft_fact_sheet, page_form_data(draft_fact_sheet, user=team.redaktion))
    assert stage(draft_fact_sheet) == "Automatische Prüfungen"
    _started(draft_fact_sheet, ago=datetime.timedelta(minutes=5760))

    html = client.get(edit_url(draft_fact_sheet)).content.decode()

    assert "Die automatische Prüfung läuft seit 4 Tagen ohne Ergebnis." in html
    assert "Minuten" not in html


def test_the_dashboard_says_one_day_and_one_hour_in_words(client, team, draft_fact_sheet):
    in_review(draft_fact_sheet, submitter=team.redaktion)
    _started(draft_fact_sheet, ago=datetime.timedelta(hours=25))
    client.force_login(team.fachreview)
    assert "seit einem Tag" in client.get(reverse("wagtailadmin_home")).content.decode()

    _started(draft_fact_sheet, ago=datetime.timedelta(minutes=61))
    assert "seit einer Stunde" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_reminder_after_one_day_says_one_day(team, draft_fact_sheet, django_capture_on_commit_callbacks):
    # Regression: „wartet seit 1 Tag“.
    in_review(draft_fact_sheet, submitter=team.redaktion)
    _started(draft_fact_sheet, ago=datetime.timedelta(days=1, hours=2))
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("workflow_remind", "--after-days", "1", stdout=io.StringIO(), stderr=io.StringIO())

    message = mail.outbox[0]
    assert message.subject == "Erinnerung: „IQ Beratung 2023 in Zahlen“ wartet seit einem Tag (Fachreview)"
    assert "wartet seit einem Tag (eingegangen am " in message.body
