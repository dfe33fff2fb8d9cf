"""``manage.py workflow_remind``: reviewers of stages that wait too long get a
German reminder, at most once per interval, and only those who can still decide."""

import datetime
import io

from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from wagtail.models import TaskState

import pytest

from goodpractice.factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory
from tests.goodpractice.board import vote
from tests.workflows.journey import act, current_task_state
from workflows.models import ReviewReminder

pytestmark = pytest.mark.django_db


def _waiting(page, *, submitter, days: int) -> TaskState:
    """Submitted ``days`` ago; the automated checks passed."""
    page.save_revision(user=submitter)
    page.get_workflow().start(page, submitter)
    page.current_workflow_task_state.approve(user=None)
    state = current_task_state(page)
    TaskState.objects.filter(pk=state.pk).update(started_at=timezone.now() - datetime.timedelta(days=days))
    return state


def _remind(capture, *args) -> str:
    stdout, stderr = io.StringIO(), io.StringIO()
    with capture(execute=True):
        call_command("workflow_remind", *args, stdout=stdout, stderr=stderr)
    return stdout.getvalue() + stderr.getvalue()


def _recipients() -> set[str]:
    return {address for message in mail.outbox for address in message.to}


def test_reviewers_of_a_stage_waiting_too_long_are_reminded_once_per_interval(
    people, fact_sheet, django_capture_on_commit_callbacks
):
    _waiting(fact_sheet, submitter=people.redaktion, days=4)
    mail.outbox.clear()

    output = _remind(django_capture_on_commit_callbacks, "--after-days", "3")
    assert "Erinnerungen: 100%" in output and "Fertig: 1 Schritt(e) erinnert" in output
    assert _recipients() == {"fachreview@example.org", "fachreview2@example.org"}
    message = mail.outbox[0]
    assert message.subject == "Erinnerung: „IQ Beratung 2023 in Zahlen“ wartet seit 4 Tagen (Fachreview)"
    assert "/admin/pages/" in message.body
    assert message.alternatives and "text/html" in message.alternatives[0][1]

    mail.outbox.clear()
    assert "Fertig: 0 Schritt(e)" in _remind(django_capture_on_commit_callbacks, "--after-days", "3")
    assert not mail.outbox, "reminded already within the interval"

    ReviewReminder.objects.update(sent_at=timezone.now() - datetime.timedelta(days=3))
    _remind(django_capture_on_commit_callbacks, "--after-days", "3", "--every-days", "2")
    assert _recipients() == {"fachreview@example.org", "fachreview2@example.org"}


def test_young_stages_and_finished_ones_get_no_reminder(people, fact_sheet, django_capture_on_commit_callbacks):
    _waiting(fact_sheet, submitter=people.redaktion, days=1)
    mail.outbox.clear()
    assert "Fertig: 0 Schritt(e)" in _remind(django_capture_on_commit_callbacks, "--after-days", "3")
    assert not mail.outbox


def test_board_members_who_voted_are_not_reminded(client, people, home_page, django_capture_on_commit_callbacks):
    sheet = GoodPracticePageFactory(parent=GoodPracticeIndexPageFactory(parent=home_page), live=False)
    _waiting(sheet, submitter=people.redaktion, days=0)
    act(client, people.fachreview, sheet)  # on to the board
    assert current_task_state(sheet).task.name == "Beratungsgremium"
    vote(client, people.gremium1, sheet)  # with a judgement per criterion
    TaskState.objects.filter(pk=current_task_state(sheet).pk).update(
        started_at=timezone.now() - datetime.timedelta(days=5)
    )
    mail.outbox.clear()

    _remind(django_capture_on_commit_callbacks)
    assert _recipients() == {"gremium2@example.org", "gremium3@example.org"}


def test_dry_run_lists_without_sending_and_bad_intervals_are_refused(
    people, fact_sheet, django_capture_on_commit_callbacks
):
    _waiting(fact_sheet, submitter=people.redaktion, days=4)
    mail.outbox.clear()
    output = _remind(django_capture_on_commit_callbacks, "--dry-run")
    assert "würde erinnern: „IQ Beratung 2023 in Zahlen“" in output and "1 Schritt(e) würden erinnert." in output
    assert not mail.outbox and not ReviewReminder.objects.exists()
    with pytest.raises(CommandError, match="mindestens 1"):
        call_command("workflow_remind", "--after-days", "0")
