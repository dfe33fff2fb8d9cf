"""The demo's publication catalogue at /publikationen/, with its entries built."""

from cms.catalogue.indexing import catalogue_rebuild
from cms.models import CataloguePage

from .context import DemoContext, page_ensure


def seed_catalogue(*, context: DemoContext) -> None:
    _, published = page_ensure(
        parent=context.home,
        model=CataloguePage,
        slug="publikationen",
        fields={
            "title": "Publikationen",
            "intro": "Alle Publikationen des Förderprogramms IQ: suchen, filtern und als barrierefreies PDF laden.",
        },
    )
    # Built here rather than left to the worker, so the demo can be searched at once.
    count = catalogue_rebuild()
    context.write(f"Publikationskatalog: {count} Publikationen ({int(published)} Seite neu veröffentlicht).")
