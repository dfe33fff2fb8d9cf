"""Rebuild the catalogue's entries and their search index from the live publications."""

from django.core.management.base import BaseCommand

from cms.catalogue.indexing import catalogue_rebuild
from pdfexport.progress import progress


class Command(BaseCommand):
    help = "Baut die Einträge des Publikationskatalogs und ihren Suchindex neu auf."

    def handle(self, *args, **options) -> None:
        count = catalogue_rebuild(
            each=lambda pages: progress(pages, stream=self.stderr, desc="Katalog", unit="Publikation")
        )
        self.stdout.write(f"Katalog: {count} Publikationen.")
