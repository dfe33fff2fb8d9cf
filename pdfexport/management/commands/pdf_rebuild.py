"""``manage.py pdf_rebuild``: re-render the PDFs of live pages, e.g. after a
change to the print layer. Runs in this process with the same bounds as the
worker; prints a progress bar and a summary."""

from collections import Counter

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Page

from pdfexport.fingerprint import print_fingerprint
from pdfexport.models import PdfKind, PublicationPDF
from pdfexport.progress import progress
from pdfexport.publication import publication_models
from pdfexport.revision_render import PdfRenderError, pdf_render_revision


class Command(BaseCommand):
    help = "Erstellt die PDFs veröffentlichter Seiten neu (nur veraltete mit --stale-only)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--type", dest="page_type", help="Seitentyp, z. B. factsheetpage oder factsheets.FactSheetPage"
        )
        parser.add_argument("--stale-only", action="store_true", help="Nur Seiten ohne PDF zum aktuellen Drucklayout.")
        parser.add_argument("--dry-run", action="store_true", help="Nur anzeigen, was neu erstellt würde.")

    def handle(self, *args, page_type=None, stale_only=False, dry_run=False, **options) -> None:
        pages = self._pages(page_type)
        if stale_only:
            current = set(
                PublicationPDF.objects.filter(fingerprint=print_fingerprint(), revision__isnull=False)
                .exclude(kind=PdfKind.PROOF)
                .values_list("revision_id", "kind")
            )
            pages = [
                page
                for page in pages
                if any((page.live_revision_id, kind) not in current for kind in page.pdf_live_kinds())
            ]
        if dry_run:
            for page in pages:
                self.stdout.write(f"würde neu erstellen: {page.get_admin_display_title()} (#{page.pk})")
            self.stdout.write(f"{len(pages)} Seite(n) würden neu erstellt.")
            return

        outcome: Counter = Counter()
        failures = []
        before = PublicationPDF.objects.count()
        for page in progress(pages, stream=self.stderr, desc="PDFs", unit="PDF"):
            # A withdrawn page has two PDFs of its live revision: the original and the stamped one.
            for kind in page.pdf_live_kinds():
                try:
                    pdf = pdf_render_revision(revision_id=page.live_revision_id, kind=kind)
                except PdfRenderError as exc:
                    outcome["failed"] += 1
                    failures.append(f"  {page.get_admin_display_title()} (#{page.pk}): {exc}")
                    continue
                outcome["busy" if pdf is None else "ok"] += 1
        created = PublicationPDF.objects.count() - before
        self.stdout.write(
            f"Fertig: {len(pages)} Seite(n) geprüft, {created} PDF(s) neu gespeichert, "
            f"{outcome['ok'] - created} unverändert, {outcome['busy']} gerade in Arbeit, "
            f"{outcome['failed']} fehlgeschlagen."
        )
        if failures:
            self.stderr.write("\n".join(failures))
            raise CommandError(f"{len(failures)} PDF(s) konnten nicht erstellt werden.")

    def _pages(self, page_type: str | None) -> list[Page]:
        models = publication_models()
        if page_type:
            wanted = page_type.lower()
            models = [m for m in models if wanted in (m._meta.model_name, m._meta.label_lower)]
            if not models:
                names = ", ".join(sorted(m._meta.model_name for m in publication_models()))
                raise CommandError(f"Unbekannter Seitentyp „{page_type}“. Möglich: {names}")
        if not models:
            return []
        return list(Page.objects.live().type(*models).order_by("path").specific())
