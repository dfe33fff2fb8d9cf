"""``manage.py reconcile_files``: stored files no row points to (orphans) and rows
whose file is missing; ``--delete`` removes old orphans, never rows."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone

from cms.backup.errors import BackupError
from cms.backup.reconcile import MIN_AGE_DEFAULT, files_orphans_delete, files_reconcile
from pdfexport.progress import progress


class Command(BaseCommand):
    help = (
        "Gleicht die Dateispeicher mit den Datenbankzeilen ab: listet verwaiste Dateien (keine Zeile verweist "
        "darauf) und fehlende Dateien (Zeile ohne Datei). Exit-Code 1, wenn Dateien fehlen."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--delete", action="store_true", help="Verwaiste Dateien löschen (nie Datenbankzeilen).")
        parser.add_argument(
            "--min-age-minutes",
            type=int,
            default=int(MIN_AGE_DEFAULT.total_seconds() // 60),
            help="Mit --delete: nur verwaiste Dateien löschen, die mindestens so alt sind "
            "(jüngere können Uploads oder PDFs sein, deren Zeile gerade entsteht). Standard: %(default)s.",
        )

    def handle(self, *args, delete: bool = False, min_age_minutes: int = 60, **options) -> None:
        try:
            result = files_reconcile(
                each=lambda items, desc: progress(
                    items, stream=self.stderr, desc=desc, unit="Eintrag" if desc == "Einträge" else "Datei"
                )
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        for orphan in result.orphans:
            changed = timezone.localtime(datetime.datetime.fromtimestamp(orphan.modified, tz=datetime.UTC))
            self.stdout.write(
                f"Verwaist: {orphan.alias}/{orphan.name} ({filesizeformat(orphan.size)}, "
                f"geändert {changed:%d.%m.%Y %H:%M})"
            )
        for missing in result.missing:
            self.stdout.write(f"Fehlt: {missing.alias}/{missing.name} ← {missing.field} #{missing.pk}")
        self.stdout.write(
            f"Dateiabgleich: {result.files} Datei(en) und {result.references} Verweis(e) geprüft; "
            f"{len(result.orphans)} verwaist, {len(result.missing)} fehlen."
        )
        if delete and result.orphans:
            deletion = files_orphans_delete(orphans=result.orphans, min_age=datetime.timedelta(minutes=min_age_minutes))
            for orphan in deletion.kept_young:
                self.stdout.write(f"Behalten (jünger als {min_age_minutes} Minuten): {orphan.alias}/{orphan.name}")
            self.stdout.write(
                f"{len(deletion.deleted)} verwaiste Datei(en) gelöscht, {len(deletion.kept_young)} behalten."
            )
        if result.missing:
            # Non-zero, so cron or a restore drill notices.
            raise CommandError(f"{len(result.missing)} Datei(en) fehlen, auf die Datenbankzeilen verweisen.")
