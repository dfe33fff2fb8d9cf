"""Rendering composites again when a page they bind changes who may read it.

An issue PDF binds its articles (``composite.py``). When one of them is
restricted, released, moved or withdrawn, the issue's print HTML changes
without a new revision of the issue, so nothing else would queue its render;
its PDF of the same revision is keyed by the hash of that HTML and so is new.
"""

from wagtail.models import Page

from .composite import pdf_is_composite
from .fast_path import fast_path_forget
from .publication import publication_models
from .services import pdf_enqueue_live


def pdf_composites_binding(*, page: Page) -> list[Page]:
    """The composites that bind ``page`` or a live publication below it: a view
    restriction covers the whole subtree."""
    composites: dict[int, Page] = {}
    parts = Page.objects.descendant_of(page, inclusive=True).live().type(*publication_models()).specific()
    for part in parts:
        for dependent in part.pdf_dependent_pages():
            if pdf_is_composite(dependent):
                composites[dependent.pk] = dependent
    return list(composites.values())


def pdf_composites_enqueue(*, page: Page | None = None, composites: list[Page] = ()) -> None:
    """Queue the live PDFs of every composite binding ``page`` (or a page below
    it), and of ``composites``, and drop their remembered downloads: an edition
    that binds a page no longer public must not be answered from the fast path."""
    found = {composite.pk: composite for composite in composites}
    if page is not None:
        found.update((composite.pk, composite) for composite in pdf_composites_binding(page=page))
    for composite in found.values():
        fast_path_forget(page_id=composite.pk)
        if composite.live and composite.live_revision_id:
            pdf_enqueue_live(page=composite, revision=composite.live_revision)
