"""Composite PDFs: a publication whose PDF binds other pages in (a magazine
issue binds its articles), and which of its stored PDFs may still be served.

A page may be bound in only while everyone who may read the composite may
read that page too: it is live, and no view restriction applies to it that
does not apply to the composite as well (Wagtail's ``get_view_restrictions()``,
which includes the ancestors'). A restriction on the issue covers its articles,
so they stay in the issue's own, equally restricted PDF; a restriction on one
article keeps that article out of the issue PDF.

Which pages a stored PDF binds is read from the file itself: the print
template gives each bound page an anchor ``<pdf_part_anchor_prefix><page id>``,
which WeasyPrint writes as a named destination. So PDFs rendered before this
rule are judged like new ones, and no table can disagree with the bytes.
A PDF whose anchors cannot be read counts as not public.
"""

import logging
import re
from collections.abc import Iterable

from django.core.cache import cache

from wagtail.models import Page

import pikepdf

from .models import PublicationPDF

logger = logging.getLogger(__name__)

# A stored file never changes, so what it binds is cached by its hash.
_ANCHORS_TTL_SECONDS = 24 * 3600


def pdf_is_composite(page: Page) -> bool:
    """Whether ``page``'s PDF binds other pages in (it names their anchors)."""
    return bool(page.pdf_part_anchor_prefix)


def pdf_parts_bindable(*, composite: Page, parts: Iterable[Page]) -> list[Page]:
    """``parts`` without those the composite must leave out: not live, or
    restricted beyond the composite's own view restrictions."""
    allowed = set(composite.get_view_restrictions().values_list("pk", flat=True))
    return [
        part
        for part in parts
        if part.live and set(part.get_view_restrictions().values_list("pk", flat=True)) <= allowed
    ]


def pdf_servable(*, page: Page, pdfs: Iterable[PublicationPDF | None]) -> list[PublicationPDF]:
    """Those of ``page``'s ``pdfs`` that may go to everyone who may read ``page``:
    all of them, unless ``page`` is a composite that bound in a page which has
    since been unpublished, restricted or deleted. ``None`` entries are dropped."""
    pdfs = [pdf for pdf in pdfs if pdf is not None]
    if not pdfs or not pdf_is_composite(page):
        return pdfs
    bound = {pdf.pk: _bound_page_ids(pdf=pdf, prefix=page.pdf_part_anchor_prefix) for pdf in pdfs}
    wanted = set().union(*(ids for ids in bound.values() if ids))
    # Every part is judged once, however many of the PDFs bind it.
    bindable = {part.pk for part in pdf_parts_bindable(composite=page, parts=Page.objects.filter(pk__in=wanted))}
    return [pdf for pdf in pdfs if bound[pdf.pk] is not None and bound[pdf.pk] <= bindable]


def pdf_if_servable(*, page: Page, pdf: PublicationPDF | None) -> PublicationPDF | None:
    """``pdf`` if ``pdf_servable`` lets it go to ``page``'s readers, else None."""
    return next(iter(pdf_servable(page=page, pdfs=[pdf])), None)


def _bound_page_ids(*, pdf: PublicationPDF, prefix: str) -> frozenset[int] | None:
    try:
        names = _anchor_names(pdf)
    except Exception:
        logger.exception("Cannot read the anchors of PDF %s; it is not served publicly", pdf.sha256)
        return None
    pattern = re.compile(re.escape(prefix) + r"(\d+)")
    return frozenset(int(match.group(1)) for name in names if (match := pattern.fullmatch(name)))


def _anchor_names(pdf: PublicationPDF) -> list[str]:
    key = f"iqpdf:anchors:{pdf.sha256}"
    names = cache.get(key)
    if names is None:
        with pdf.file.open("rb") as handle, pikepdf.open(handle) as document:
            names = sorted(_named_destinations(document))
        cache.set(key, names, _ANCHORS_TTL_SECONDS)
    return names


def _named_destinations(document: pikepdf.Pdf) -> set[str]:
    root = document.Root
    names: set[str] = set()
    if "/Names" in root and "/Dests" in root.Names:
        names.update(str(name) for name in pikepdf.NameTree(root.Names.Dests))
    if "/Dests" in root:
        # The older form, a plain dictionary; WeasyPrint writes the name tree.
        names.update(str(name).removeprefix("/") for name in root.Dests)
    return names
