"""``manage.py restore <dir>``: a backup of ``manage.py backup`` into an empty
database and empty storages, every file checked against its SHA-256 first
(docs/operations.md)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.backup.database import VENDOR_NAMES
from cms.backup.errors import BackupError
from cms.backup.restore import backup_restore
from pdfexport.progress import progress


class Command(BaseCommand):
    help = (
        "Stellt eine Sicherung von „manage.py backup“ in eine leere Datenbank und leere Dateispeicher "
        "wieder her; prüft dabei jede Datei gegen ihre SHA-256 und danach den Migrationsstand."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("directory", help="Verzeichnis der Sicherung (mit manifest.json).")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Auch in eine Datenbank mit Tabellen und in Speicher mit Dateien wiederherstellen "
            "(überschreibt die Datenbank; gleichnamige Dateien werden ersetzt, andere bleiben).",
        )

    def handle(self, *args, directory: str, force: bool = False, **options) -> None:
        try:
            summary = backup_restore(
                source=Path(directory),
                force=force,
                each=lambda items, desc: progress(items, stream=self.stderr, desc=desc, unit="Datei"),
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        manifest = summary.manifest
        self.stdout.write(f"Datenbank: {VENDOR_NAMES[manifest.database.vendor]} geladen.")
        for archive in manifest.storages:
            kept = summary.kept.get(archive.alias)
            extra = f"; {kept} vorhandene Datei(en) behalten (siehe reconcile_files)" if kept else ""
            files = len(archive.files)
            self.stdout.write(f"Speicher „{archive.alias}“: {files} Datei(en) geprüft und abgelegt{extra}.")
        for alias in summary.absent:
            self.stderr.write(f"Hinweis: Die Sicherung enthält den Speicher „{alias}“ nicht; er blieb unverändert.")
        counts = manifest.counts
        self.stdout.write(
            f"Wiederhergestellt aus {directory} (Sicherung vom {manifest.created_at}): {counts['pages']} Seiten, "
            f"{counts['revisions']} Revisionen, {counts['publication_pdfs']} Publikations-PDFs wie in der Sicherung."
        )
        if summary.pending:
            # Non-zero: the site is not ready until migrate has run.
            raise CommandError(
                f"Die Sicherung ist älter als der Code: {len(summary.pending)} Migrationen stehen aus "
                f"({', '.join(summary.pending[:5])}{' …' if len(summary.pending) > 5 else ''}). "
                "Führen Sie „manage.py migrate“ aus."
            )
        self.stdout.write("Migrationen: aktuell.")
