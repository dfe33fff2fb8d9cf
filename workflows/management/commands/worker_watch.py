"""``manage.py worker_watch``: tell the administrators when the worker is down.

Meant to run every five minutes (cron, systemd timer). Each run queues a
heartbeat job for the worker and looks at the job table: when jobs have
waited longer than ``--silent-minutes`` (default ``IQ_WORKER_SILENT_MINUTES``)
and no worker was seen in that time, the administrators get one e-mail, sent
by this command; they get no further one until the worker is seen again.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from workflows.durations import ago_label, since_label
from workflows.health.alert import WatchOutcome, worker_watch
from workflows.health.status import tasks_in_database, worker_health

MESSAGES = {
    WatchOutcome.FINE: "Hintergrunddienst in Ordnung.",
    WatchOutcome.ALERTED: "Hintergrunddienst still: Administration per E-Mail informiert.",
    WatchOutcome.STILL_SILENT: "Hintergrunddienst weiter still; die Administration ist bereits informiert.",
    WatchOutcome.RECOVERED: "Hintergrunddienst arbeitet wieder; die Meldung ist geschlossen.",
}


class Command(BaseCommand):
    help = "Meldet der Administration einmal per E-Mail, wenn der Hintergrunddienst (Worker) nicht mehr arbeitet."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--silent-minutes",
            type=int,
            default=settings.IQ_WORKER_SILENT_MINUTES,
            help="Melden, wenn Aufträge so lange warten und der Worker so lange nicht aktiv war.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Nur den Zustand anzeigen, nichts melden.")

    def handle(self, *args, silent_minutes: int, dry_run: bool, **options) -> None:
        if silent_minutes < 1:
            raise CommandError("--silent-minutes muss mindestens 1 sein.")
        if not tasks_in_database():
            raise CommandError("worker_watch braucht das Datenbank-Backend der Hintergrundaufträge (django_tasks_db).")
        now = timezone.now()
        silent_for = datetime.timedelta(minutes=silent_minutes)
        if dry_run:
            self._report(now=now, silent_for=silent_for)
            return
        try:
            outcome = worker_watch(silent_for=silent_for, now=now)
        except Exception as exc:
            raise CommandError(f"Meldung an die Administration nicht verschickt: {exc}") from exc
        self.stdout.write(MESSAGES[outcome])

    def _report(self, *, now: datetime.datetime, silent_for: datetime.timedelta) -> None:
        health = worker_health(now=now)
        seen = ago_label(since=health.last_seen, now=now) if health.last_seen else "noch nie"
        oldest = f"der älteste {since_label(since=health.waiting_since, now=now)}" if health.waiting_since else "keiner"
        self.stdout.write(
            f"Zuletzt aktiv: {seen}; wartende Aufträge: {health.waiting_count} ({oldest}); "
            f"fehlgeschlagen (7 Tage): {health.failed_count}."
        )
        silent = health.is_silent(silent_for=silent_for, now=now)
        self.stdout.write("Würde die Administration informieren." if silent else "Nichts zu melden.")
