"""``manage.py workflow_remind``: remind reviewers of stages that wait too long.

Meant to run once a day (cron, systemd timer). Each stage is reminded at most
once per ``--every-days``; the worker sends the e-mails. Prints a progress bar
and a summary.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from pdfexport.progress import progress
from workflows.reminders import reminder_queue, reminders_due


class Command(BaseCommand):
    help = "Erinnert Prüfende an Publikationen, die länger als --after-days auf sie warten."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--after-days", type=int, default=3, help="Erinnern, wenn ein Schritt so lange wartet.")
        parser.add_argument("--every-days", type=int, default=2, help="Höchstens so oft je Schritt erinnern.")
        parser.add_argument("--dry-run", action="store_true", help="Nur anzeigen, wer erinnert würde.")

    def handle(self, *args, after_days: int, every_days: int, dry_run: bool, **options) -> None:
        if after_days < 1 or every_days < 1:
            raise CommandError("--after-days und --every-days müssen mindestens 1 sein.")
        due = reminders_due(waited=datetime.timedelta(days=after_days), repeat=datetime.timedelta(days=every_days))
        if dry_run:
            for task_state in due:
                self.stdout.write(
                    f"würde erinnern: „{task_state.workflow_state.content_object}“ wartet seit "
                    f"{task_state.started_at:%d.%m.%Y} auf „{task_state.task.name}“"
                )
            self.stdout.write(f"{len(due)} Schritt(e) würden erinnert.")
            return
        for task_state in progress(due, stream=self.stderr, desc="Erinnerungen", unit="Schritt"):
            # One transaction per stage: the record and the queued e-mail commit together.
            with transaction.atomic():
                reminder_queue(task_state=task_state)
        self.stdout.write(f"Fertig: {len(due)} Schritt(e) erinnert; die E-Mails verschickt der Worker.")
