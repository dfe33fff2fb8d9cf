"""Is the background worker alive? Administrators see it on the dashboard and
get one e-mail from ``manage.py worker_watch`` when it has gone silent.

The jobs here go through django_tasks' database backend, as in production;
the worker is the real ``db_worker`` run in batch mode, the clock is moved
with time-machine.
"""

import datetime
import io
import zoneinfo

from django.core import mail
from django.core.management import CommandError, call_command

import pytest
import time_machine
from django_tasks_db.models import DBTaskResult

from tests.workflows.journey import dashboard_section
from tests.workflows.mails import mail_recipients
from tests.workflows.worker import WORKER_RUNS_HERE, worker_runs
from workflows.health.heartbeat import HEARTBEAT_PATH
from workflows.models import WorkerAlert
from workflows.notifications.events import TASK_STARTED
from workflows.notifications.jobs import send_workflow_notification

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
T0 = datetime.datetime(2027, 3, 1, 9, 0, tzinfo=BERLIN)
ADMINS = {"admin@example.org", "aussen@example.org"}  # the superuser and the member of Administration


@pytest.fixture(autouse=True)
def database_tasks(settings, team):
    # After ``team``: what building the site queues runs at once and leaves no rows.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.IQ_WORKER_SILENT_MINUTES = 15


def _at(minutes: float):
    return time_machine.travel(T0 + datetime.timedelta(minutes=minutes), tick=False)


def _job(*, fails: bool = False) -> None:
    """What a reviewer's action queues: a workflow e-mail (here about nothing,
    or, to fail, about an event nobody knows)."""
    send_workflow_notification.enqueue(event="unbekannt" if fails else TASK_STARTED, state_id=987654)


def _watch(*args) -> str:
    stdout = io.StringIO()
    call_command("worker_watch", *args, stdout=stdout)
    return stdout.getvalue()


def _panel(client, user) -> str:
    return " ".join(dashboard_section(client, user, "worker-health-section").split())


@WORKER_RUNS_HERE
def test_administrators_see_last_activity_the_oldest_waiting_job_and_failures(client, team):
    with _at(0):
        _job()
        _job(fails=True)
        worker_runs()
    with _at(100):
        _job()

    with _at(140):
        panel = _panel(client, team.admin)
        assert "Hintergrunddienst" in panel
        assert "Zuletzt aktiv</dt> <dd>vor 2 Stunden" in panel
        assert "Wartende Aufträge</dt> <dd>1, der älteste seit 40 Minuten" in panel
        assert "Fehlgeschlagene Aufträge (letzte 7 Tage)</dt> <dd>1</dd>" in panel
        assert "<td>Workflow-E-Mail</td> <td>KeyError</td>" in panel
        assert "Der Hintergrunddienst arbeitet nicht: Aufträge warten seit 40 Minuten." in panel
        assert _panel(client, team.outsider) == panel, "members of Administration see it too"

        for person in (team.redaktion, team.fachreview, team.freigabe):
            assert _panel(client, person) == ""


@WORKER_RUNS_HERE
def test_a_working_worker_is_not_reported_however_old_its_last_job(client, team):
    with _at(0):
        _job()
        worker_runs()
    with _at(60 * 24 * 3):
        panel = _panel(client, team.admin)
    assert "Zuletzt aktiv</dt> <dd>vor 3 Tagen" in panel
    assert "Wartende Aufträge</dt> <dd>keine" in panel
    assert "arbeitet nicht" not in panel


@WORKER_RUNS_HERE
def test_one_mail_when_the_worker_falls_silent_and_a_new_one_only_after_it_recovered(team):
    with _at(0):
        _job()  # the worker is down: nobody picks it up
    with _at(10):
        assert _watch() == "Hintergrunddienst in Ordnung.\n"
    assert mail.outbox == []

    with _at(20):
        assert "Administration per E-Mail informiert" in _watch()
    assert mail_recipients() == ADMINS and len(mail.outbox) == 2
    message = mail.outbox[0]
    assert message.subject == "Hintergrunddienst antwortet nicht: 2 Aufträge warten seit 20 Minuten"
    assert "der älteste seit 20 Minuten (seit 1. März 2027, 09:00 Uhr)" in message.body
    assert "Er hat noch nie einen Auftrag bearbeitet." in message.body
    assert "manage.py db_worker" in message.body and "http://testserver/admin/" in message.body

    mail.outbox.clear()
    with _at(25):
        assert "bereits informiert" in _watch()
    with _at(60):
        _watch()
    assert mail.outbox == [], "one mail per silence, not one per cron run"

    with _at(61):
        worker_runs()
    with _at(65):
        assert "arbeitet wieder" in _watch()
    alert = WorkerAlert.objects.get()
    assert alert.recovered_at == T0 + datetime.timedelta(minutes=61)

    with _at(70):
        _job()
    with _at(90):
        assert "Administration per E-Mail informiert" in _watch()
    assert mail_recipients() == ADMINS
    assert "Zuletzt aktiv war er am 1. März 2027, 10:01 Uhr." in mail.outbox[0].body
    assert WorkerAlert.objects.count() == 2


@WORKER_RUNS_HERE
def test_an_idle_worker_is_seen_through_the_heartbeat_and_heartbeats_do_not_pile_up(client, team):
    for minute in (0, 5, 10, 15):
        with _at(minute):
            _watch()
            _watch()  # a second cron run before the worker came round queues no second heartbeat
            worker_runs()
    with _at(17):
        assert "Zuletzt aktiv</dt> <dd>vor 2 Minuten" in _panel(client, team.admin)
    # The one the last watch kept, and the one it queued and the worker ran since.
    assert DBTaskResult.objects.filter(task_path=HEARTBEAT_PATH).count() == 2


def test_the_silence_threshold_comes_from_the_setting_or_the_option(team, settings):
    settings.IQ_WORKER_SILENT_MINUTES = 60
    with _at(0):
        _job()
    with _at(30):
        assert _watch() == "Hintergrunddienst in Ordnung.\n"
        assert "Administration per E-Mail informiert" in _watch("--silent-minutes", "20")
    with pytest.raises(CommandError, match="mindestens 1"):
        _watch("--silent-minutes", "0")


def test_dry_run_reports_without_mailing(team):
    with _at(0):
        _job()
    with _at(30):
        output = _watch("--dry-run")
    assert "Zuletzt aktiv: noch nie; wartende Aufträge: 1 (der älteste seit 30 Minuten)" in output
    assert "Würde die Administration informieren." in output
    assert mail.outbox == [] and not WorkerAlert.objects.exists()


def test_an_alert_that_could_not_be_sent_is_tried_again(team, settings):
    with _at(0):
        _job()
    settings.EMAIL_BACKEND = "tests.workflows.test_digest.RefusingBackend"
    with _at(20), pytest.raises(CommandError, match="nicht verschickt"):
        _watch()
    assert not WorkerAlert.objects.exists()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with _at(25):
        _watch()
    assert mail_recipients() == ADMINS


def test_without_the_database_backend_there_is_nothing_to_watch(client, team, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with pytest.raises(CommandError, match="django_tasks_db"):
        _watch()
    assert _panel(client, team.admin) == ""
