"""``manage.py pdf_validate``: check stored PDFs against PDF/UA-1 again with the
independent validator and store the result, e.g. to fill in an archive stored
before the validator was part of the pipeline, or after updating it. Prints a
progress bar and a summary; the catalogue follows each stored result."""

from collections import Counter

from django.core.management.base import BaseCommand, CommandError

from pdfexport.models import PdfKind, PdfUaStatus, PublicationPDF
from pdfexport.progress import progress
from pdfexport.validation import pdfua_validate_stored, pdfua_validator_label


class Command(BaseCommand):
    help = "Prüft gespeicherte PDFs mit dem unabhängigen Prüfprogramm gegen PDF/UA-1 und speichert das Ergebnis."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--unchecked-only", action="store_true", help="Nur PDFs, die noch nie geprüft wurden („nicht geprüft“)."
        )
        parser.add_argument(
            "--kind", choices=PdfKind.values, help="Nur PDFs dieser Art (publication, proof, withdrawn)."
        )

    def handle(self, *args, unchecked_only=False, kind=None, **options) -> None:
        pdfs = PublicationPDF.objects.select_related("page").order_by("pk")
        if unchecked_only:
            pdfs = pdfs.filter(pdfua_status=PdfUaStatus.UNCHECKED)
        if kind:
            pdfs = pdfs.filter(kind=kind)
        pdfs = list(pdfs)
        self.stdout.write(f"Prüfe {len(pdfs)} PDF(s) mit {pdfua_validator_label()} (PDF/UA-1) …")
        outcome: Counter = Counter()
        failing, missing = [], []
        for pdf in progress(pdfs, stream=self.stderr, desc="PDF/UA-1", unit="PDF"):
            name = f"{pdf.page.get_admin_display_title()} (#{pdf.page_id}, {pdf.get_kind_display()}, PDF {pdf.pk})"
            try:
                result = pdfua_validate_stored(pdf=pdf)
            except OSError as exc:
                missing.append(f"  {name}: Datei nicht lesbar ({exc})")
                continue
            outcome[result.status] += 1
            if result.status == PdfUaStatus.FAILED:
                rules = ", ".join(sorted({failure.rule_id for failure in result.failures}))
                failing.append(f"  {name}: {rules}")
        self.stdout.write(
            f"Fertig: {outcome[PdfUaStatus.PASSED]} bestanden, {outcome[PdfUaStatus.FAILED]} nicht bestanden, "
            f"{outcome[PdfUaStatus.UNCHECKED]} nicht geprüft, {len(missing)} ohne lesbare Datei."
        )
        if failing:
            self.stdout.write("Nicht bestanden:\n" + "\n".join(failing))
        if missing:
            self.stderr.write("\n".join(missing))
            raise CommandError(f"{len(missing)} PDF-Datei(en) konnten nicht gelesen werden.")
