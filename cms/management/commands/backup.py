"""``manage.py backup <dir>``: the database and every file storage, with a manifest
of every file's size and SHA-256 (docs/operations.md)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat

from cms.backup.create import backup_create
from cms.backup.database import VENDOR_NAMES
from cms.backup.errors import BackupError
from pdfexport.progress import progress


class Command(BaseCommand):
    help = (
        "Sichert die Datenbank (PostgreSQL: pg_dump, SQLite: Online-Backup) und jeden Dateispeicher "
        "als tar-Archiv mit Manifest (Pfad, Größe und SHA-256 jeder Datei) in ein neues Verzeichnis."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("directory", help="Zielverzeichnis; darf nicht existieren oder muss leer sein.")

    def handle(self, *args, directory: str, **options) -> None:
        try:
            summary = backup_create(
                target=Path(directory),
                each=lambda items, desc: progress(items, stream=self.stderr, desc=desc, unit="Datei"),
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        manifest = summary.manifest
        database = manifest.database
        self.stdout.write(
            f"Datenbank: {VENDOR_NAMES[database.vendor]}, {filesizeformat(database.size)} ({database.file})."
        )
        for archive in manifest.storages:
            self.stdout.write(
                f"Speicher „{archive.alias}“: {len(archive.files)} Datei(en), {filesizeformat(archive.size)} "
                f"({archive.archive})."
            )
        counts = manifest.counts
        self.stdout.write(
            f"Sicherung in {summary.directory} fertig: {counts['pages']} Seiten, {counts['revisions']} Revisionen, "
            f"{counts['publication_pdfs']} Publikations-PDFs."
        )
