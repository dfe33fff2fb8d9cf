"""Import subprojects from a CSV or XLSX file, as the admin's „Teilprojekte importieren“ does."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.subprojects.importing import subprojects_import
from pdfexport.progress import progress


class Command(BaseCommand):
    help = "Importiert Teilprojekte aus einer CSV- oder XLSX-Datei (nichts, wenn eine Zeile fehlerhaft ist)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="Pfad der CSV- oder XLSX-Datei")

    def handle(self, *args, **options) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Die Datei „{path}“ gibt es nicht.")
        with path.open("rb") as file:
            result = subprojects_import(
                file=file,
                filename=path.name,
                each=lambda rows: progress(rows, stream=self.stderr, desc="Teilprojekte", unit="Teilprojekt"),
            )
        if not result.ok:
            for error in result.errors:
                where = ", ".join(part for part in (f"Zeile {error.row}" if error.row else "", error.column) if part)
                self.stderr.write(f"{where}: {error.message}" if where else error.message)
            raise CommandError(f"Nichts importiert: {len(result.errors)} Fehler.")
        self.stdout.write(f"Teilprojekte: {result.created} neu angelegt, {result.updated} aktualisiert.")
        if result.carriers_created:
            self.stdout.write(f"Neu angelegte Träger: {', '.join(result.carriers_created)}.")
