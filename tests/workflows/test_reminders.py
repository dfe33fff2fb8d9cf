"""``manage.py workflow_remind``: reviewers of stages that wait too long get a
German reminder, at most once per interval, and only those who can still decide."""

import datetime
import io

from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from wagtail.models import TaskState

import pytest

from goodpractice.factories import GoodPracticePageFactory
from tests.goodpractice.board import vote
from tests.workflows.journey import act, current_task_state, in_review
from tests.workflows.mails import mail_recipients
from workflows.models import ReviewReminder

pytestmark = pytest.mark.django_db


def _waiting(page, *, submitter, days: int) -> TaskState:
    """Submitted ``days`` ago; the automated checks passed."""
    state = in_review(page, submitter=submitter)
    TaskState.objects.filter(pk=state.pk).update(started_at=timezone.now() - datetime.timedelta(days=days))
    return state


def _remind(capture, *args) -> str:
    stdout, stderr = io.StringIO(), io.StringIO()
    with capture(execute=True):
        call_command("workflow_remind", *args, stdout=stdout, stderr=stderr)
    return stdout.getvalue() + stderr.getvalue()


def test_reviewers_of_a_stage_waiting_too_long_are_reminded_once_per_interval(
    team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    _waiting(draft_fact_sheet, submitter=team.redaktion, days=4)
    mail.outbox.clear()

    output = _remind(django_capture_on_commit_callbacks, "--after-days", "3")
    assert "Erinnerungen: 100%" in output and "Fertig: 1 Schritt(e) erinnert" in output
    assert mail_recipients() == {"fachreview@example.org", "fachreview2@example.org"}
    message = mail.outbox[0]
    assert message.subject == "Erinnerung: „IQ Beratung 2023 in Zahlen“ wartet seit 4 Tagen (Fachreview)"
    assert "/admin/pages/" in message.body
    assert message.alternatives and "text/html" in message.alternatives[0][1]

    mail.outbox.clear()
    assert "Fertig: 0 Schritt(e)" in _remind(django_capture_on_commit_callbacks, "--after-days", "3")
    assert not mail.outbox, "reminded already within the interval"

    ReviewReminder.objects.update(sent_at=timezone.now() - datetime.timedelta(days=3))
    _remind(django_capture_on_commit_callbacks, "--after-days", "3", "--every-days", "2")
    assert mail_recipients() == {"fachreview@example.org", "fachreview2@example.org"}


def test_young_stages_and_finished_ones_get_no_reminder(team, draft_fact_sheet, django_capture_on_commit_callbacks):
    _waiting(draft_fact_sheet, submitter=team.redaktion, days=1)
    mail.outbox.clear()
    assert "Fertig: 0 Schritt(e)" in _remind(django_capture_on_commit_callbacks, "--after-days", "3")
    assert not mail.outbox


def test_board_members_who_voted_are_not_reminded(
    client, team, good_practice_index, django_capture_on_commit_callbacks
):
    sheet = GoodPracticePageFactory(parent=good_practice_index, live=False)
    _waiting(sheet, submitter=team.redaktion, days=0)
    act(client, team.fachreview, sheet)  # on to the board
    assert current_task_state(sheet).task.name == "Beratungsgremium"
    vote(client, team.gremium1, sheet)  # with a judgement per criterion
    TaskState.objects.filter(pk=current_task_state(sheet).pk).update(
        started_at=timezone.now() - datetime.timedelta(days=5)
    )
    mail.outbox.clear()

    _remind(django_capture_on_commit_callbacks)
    assert mail_recipients() == {"gremium2@example.org", "gremium3@example.org"}


def test_dry_run_lists_without_sending_and_bad_intervals_are_refused(
    team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    _waiting(draft_fact_sheet, submitter=team.redaktion, days=4)
    mail.outbox.clear()
    output = _remind(django_capture_on_commit_callbacks, "--dry-run")
    assert "würde erinnern: „IQ Beratung 2023 in Zahlen“" in output and "1 Schritt(e) würden erinnert." in output
    assert not mail.outbox and not ReviewReminder.objects.exists()
    with pytest.raises(CommandError, match="mindestens 1"):
        call_command("workflow_remind", "--after-days", "0")
