"""``manage.py deadlines_check``: send today's deadline reminders and overdue
notices now, as the periodic job does; for a manual run or a setup without
the database task backend. Nothing is sent twice for the same due date."""

from django.core.management.base import BaseCommand

from workflows.deadlines.check import deadlines_check_run
from workflows.deadlines.jobs import deadlines_schedule_ensure


class Command(BaseCommand):
    help = "Erinnert an Prüffristen und meldet überfällige Prüfungen; der Worker verschickt die E-Mails."

    def handle(self, *args, **options) -> None:
        result = deadlines_check_run()
        # A manual run also restarts the periodic check if it was lost.
        deadlines_schedule_ensure()
        self.stdout.write(
            f"Fertig: {result.reminders} Erinnerung(en) und {result.overdue} Überfälligkeitsmeldung(en) eingeplant."
        )
