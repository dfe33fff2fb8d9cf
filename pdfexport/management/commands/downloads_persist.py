"""``manage.py downloads_persist``: store the PDF downloads counted in the cache.

Meant for cron every few minutes (and, e.g., with ``--enqueue`` where the
worker should do it). Counters wait in the cache for up to 35 days.
"""

from django.core.management.base import BaseCommand

from pdfexport.downloads.jobs import persist_pdf_downloads
from pdfexport.downloads.persist import downloads_persist


class Command(BaseCommand):
    help = "Überträgt die im Cache gezählten PDF-Downloads in die Datenbank (für cron, alle paar Minuten)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--enqueue", action="store_true", help="Nicht selbst übertragen, sondern dem Hintergrunddienst übergeben."
        )

    def handle(self, *args, enqueue: bool, **options) -> None:
        if enqueue:
            persist_pdf_downloads.enqueue()
            self.stdout.write("Übertragung der PDF-Downloads an den Hintergrunddienst übergeben.")
            return
        outcome = downloads_persist()
        if outcome.skipped:
            self.stdout.write("Eine andere Übertragung läuft gerade; nichts getan.")
            return
        self.stdout.write(
            self.style.SUCCESS(f"{outcome.downloads} PDF-Downloads übertragen ({outcome.rows} Tageszeilen).")
        )
