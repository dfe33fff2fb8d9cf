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
from tests.workflows.journey import current_task_state, edit_url, stage, submit
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
    client, people, fact_sheet, django_capture_on_commit_callbacks
):
    # Regression: the warning counted minutes, „seit 5760 Minuten“.
    with django_capture_on_commit_callbacks(execute=False):  # the worker never picks the job up
        submit(client, people.redaktion, fact_sheet, page_form_data(fact_sheet, user=people.redaktion))
    assert stage(fact_sheet) == "Automatische Prüfungen"
    _started(fact_sheet, ago=datetime.timedelta(minutes=5760))

    html = client.get(edit_url(fact_sheet)).content.decode()

    assert "Die automatische Prüfung läuft seit 4 Tagen ohne Ergebnis." in html
    assert "Minuten" not in html


def _in_review(page, *, submitter) -> None:
    page.save_revision(user=submitter)
    page.get_workflow().start(page, submitter)
    page.current_workflow_task_state.approve(user=None)


def test_the_dashboard_says_one_day_and_one_hour_in_words(client, people, fact_sheet):
    _in_review(fact_sheet, submitter=people.redaktion)
    _started(fact_sheet, ago=datetime.timedelta(hours=25))
    client.force_login(people.fachreview)
    assert "seit einem Tag" in client.get(reverse("wagtailadmin_home")).content.decode()

    _started(fact_sheet, ago=datetime.timedelta(minutes=61))
    assert "seit einer Stunde" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_reminder_after_one_day_says_one_day(people, fact_sheet, django_capture_on_commit_callbacks):
    # Regression: „wartet seit 1 Tag“.
    _in_review(fact_sheet, submitter=people.redaktion)
    _started(fact_sheet, ago=datetime.timedelta(days=1, hours=2))
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("workflow_remind", "--after-days", "1", stdout=io.StringIO(), stderr=io.StringIO())

    message = mail.outbox[0]
    assert message.subject == "Erinnerung: „IQ Beratung 2023 in Zahlen“ wartet seit einem Tag (Fachreview)"
    assert "wartet seit einem Tag (eingegangen am " in message.body
