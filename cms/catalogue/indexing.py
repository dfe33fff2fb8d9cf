"""Keeping the catalogue's entries in step with the publications.

``catalogue_entry_refresh`` is the one way an entry is written: it rebuilds the
entry of a page from its live state, or deletes it when the page is no longer
a public, live publication. Receivers (``receivers.py``) call it when a
publication, its PDF or its withdrawal changes; ``catalogue_rebuild`` calls it
for every page.
"""

import datetime
from collections.abc import Callable, Iterable

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from cms.choices import PublicationLanguage
from cms.i18n.editions import page_language
from cms.models.catalogue_entry import CatalogueEntry, CatalogueFacetValue, EntryStatus
from cms.models.publication import BasePublicationPage
from cms.search.languages import analysis_for
from cms.selectors import publication_page_models
from pdfexport.selectors import pdf_for_live_revision

FACET_VALUE_MAX = 60
FACET_LABEL_MAX = 200


def catalogue_publication_of(page: Page) -> BasePublicationPage | None:
    """The publication whose entry shows ``page``: itself, or the issue an article belongs to."""
    specific = page.specific_deferred
    if isinstance(specific, BasePublicationPage):
        return specific
    for ancestor in page.get_ancestors().specific(defer=True).reverse():
        if isinstance(ancestor, BasePublicationPage):
            return ancestor
    return None


def catalogue_entry_refresh(*, page: Page) -> CatalogueEntry | None:
    """Rebuild ``page``'s entry; None (and no entry) when readers cannot find it."""
    publication = Page.objects.filter(pk=page.pk).specific().first()
    if (
        publication is None
        or not isinstance(publication, BasePublicationPage)
        or not publication.live
        or publication.get_view_restrictions().exists()
    ):
        _entry_delete(page_id=page.pk)
        return None
    # Saving the entry updates the search index too (Wagtail's signal handlers).
    with transaction.atomic():
        return _entry_save(publication=publication)


def _entry_delete(*, page_id: int) -> None:
    # One by one, so that the search index hears of each deletion.
    for entry in CatalogueEntry.objects.filter(page_id=page_id):
        entry.delete()


def _entry_save(*, publication: BasePublicationPage) -> CatalogueEntry:
    pdf = pdf_for_live_revision(page=publication)
    date = _entry_date(publication)
    texts = publication.catalogue_texts()
    body = "\n".join(texts)
    language = page_language(publication)
    analysis = analysis_for(language)
    entry, _ = CatalogueEntry.objects.update_or_create(
        page_id=publication.pk,
        defaults={
            "type_label": publication.publication_type_label,
            "title": publication.title,
            "teaser": publication.teaser,
            "date": date,
            "language": language,
            "edition_language": publication.locale.language_code,
            "cover": publication.cover_image,
            "cover_alt": publication.cover_alt,
            "status": _entry_status(publication),
            "pdf_byte_size": pdf.byte_size if pdf else None,
            "pdf_page_count": pdf.page_count if pdf else None,
            "pdf_tagged": bool(pdf and pdf.tagged),
            "pdf_pdfua_passed": bool(pdf and pdf.pdfua_passed),
            "text": body,
            "search_title": analysis.index_text(f"{publication.title} {publication.subtitle}"),
            "search_body": analysis.index_text(f"{publication.teaser}\n{body}"),
        },
    )
    entry.facet_values.all().delete()
    CatalogueFacetValue.objects.bulk_create(
        CatalogueFacetValue(entry=entry, facet=facet, value=value[:FACET_VALUE_MAX], label=label[:FACET_LABEL_MAX])
        for facet, value, label in dict.fromkeys(_facet_values(publication, date=date, language=language))
    )
    return entry


def _facet_values(publication: BasePublicationPage, *, date: datetime.date, language: str):
    model = type(publication)
    yield ("typ", slugify(model._meta.verbose_name_plural), str(model._meta.verbose_name_plural))
    yield ("jahr", str(date.year), str(date.year))
    yield ("sprache", language, PublicationLanguage(language).label)
    yield from publication.catalogue_facet_values()


def _entry_date(publication: BasePublicationPage) -> datetime.date:
    if publication.publication_date:
        return publication.publication_date
    published = publication.first_published_at or timezone.now()
    return timezone.localtime(published).date()


def _entry_status(publication: BasePublicationPage) -> str:
    if publication.withdrawal_record() is not None:
        return EntryStatus.WITHDRAWN
    if not publication.is_current_edition():
        return EntryStatus.SUPERSEDED
    return EntryStatus.CURRENT


def catalogue_rebuild(*, each: Callable[[Iterable], Iterable] = iter) -> int:
    """Rebuild every entry and its search index entry; returns how many there are.

    For a new deployment, after a bulk import, or when reference data (a
    topic's name) changed. ``each`` wraps the pages, e.g. in a progress bar.
    """
    publications = Page.objects.type(*publication_page_models()).live().order_by("path")
    kept = []
    for page in each(list(publications)):
        entry = catalogue_entry_refresh(page=page)
        if entry is not None:
            kept.append(entry.pk)
    for orphan in CatalogueEntry.objects.exclude(pk__in=kept):
        orphan.delete()
    backend = get_search_backend()
    backend.add_bulk(CatalogueEntry, list(CatalogueEntry.objects.all()))
    return len(kept)
