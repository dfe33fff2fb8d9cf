"""``manage.py workflow_digest``: the daily digest of workflow notifications.

Meant to run once a day (cron, systemd timer), e.g. in the morning. Everyone
who chose „Tägliche Zusammenfassung“ gets one e-mail with what happened since
their last digest. A digest that could not be sent is tried again on the next
run; the command then ends with an error, so cron reports it. Prints a
progress bar and a summary.
"""

import logging

from django.core.management.base import BaseCommand, CommandError

from pdfexport.progress import progress
from workflows.notifications.digest import digest_people, digest_preview, digest_send

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Verschickt die tägliche Zusammenfassung der Workflow-Benachrichtigungen."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Nur anzeigen, wer was erhalten würde.")

    def handle(self, *args, dry_run: bool, **options) -> None:
        people = digest_people()
        if dry_run:
            for user in people:
                count = len(digest_preview(user=user))
                self.stdout.write(f"würde senden: {user.email} – {count} Benachrichtigung(en)")
            self.stdout.write(f"{len(people)} Person(en) würden eine Zusammenfassung erhalten.")
            return
        sent = listed = 0
        failed = []
        for user in progress(people, stream=self.stderr, desc="Zusammenfassungen", unit="Person"):
            try:
                count = digest_send(user=user)
            except Exception:
                # One refused address does not stop the others.
                logger.exception("Digest to user %s not sent", user.pk)
                failed.append(user.email)
                continue
            sent += bool(count)
            listed += count
        self.stdout.write(f"Fertig: {sent} Zusammenfassung(en) mit {listed} Benachrichtigung(en) verschickt.")
        if failed:
            raise CommandError(
                f"{len(failed)} Zusammenfassung(en) nicht verschickt ({', '.join(failed)}); "
                "sie folgen beim nächsten Lauf."
            )
