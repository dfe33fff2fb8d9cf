"""When pages are purged: publishing, unpublishing (deleting included: Wagtail
unpublishes a live page before it deletes it), withdrawing or undoing a
withdrawal, moving, a new PDF (the page and the feeds show it) and a changed
view restriction.

The URLs are collected when the signal arrives, while the page is still where
it was (and still exists), and purged once the transaction commits, so no
reader can store the old page again in between. Wagtail's own frontend-cache
receivers are not installed (``apps.py``): they would purge the page a second
time and nothing of what shows it.
"""

import threading

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from cms.models.withdrawal import Withdrawal
from pdfexport.models import PdfKind, PublicationPDF

from .batches import page_urls_add
from .purge import purge_send

READER_KINDS = (PdfKind.PUBLICATION, PdfKind.WITHDRAWN)

_moving = threading.local()


def _purge_on_commit(batch: PurgeBatch) -> None:
    if batch.urls:
        transaction.on_commit(lambda: purge_send(batch=batch))


def _batch_of(pages) -> PurgeBatch:
    batch = PurgeBatch()
    for page in pages:
        page_urls_add(batch, page=page)
    return batch


def on_page_changed(sender, instance, **kwargs) -> None:
    _purge_on_commit(_batch_of([instance]))


def _moved_pages(page: Page) -> list[Page]:
    # Draft pages are served to nobody; a moved subtree changes every live URL in it.
    return list(Page.objects.descendant_of(page, inclusive=True).live().specific(defer=True))


def on_page_moving(sender, instance, **kwargs) -> None:
    _moving.__dict__.setdefault("batches", {})[instance.pk] = _batch_of(_moved_pages(instance))


def on_page_moved(sender, instance, **kwargs) -> None:
    batch = _moving.__dict__.get("batches", {}).pop(instance.pk, None) or PurgeBatch()
    batch.add_urls(_batch_of(_moved_pages(instance)).urls)
    _purge_on_commit(batch)


def on_withdrawal_changed(sender, instance, **kwargs) -> None:
    # Deleted with its page, the withdrawal finds no page: the unpublish purged it.
    _purge_on_commit(_batch_of(Page.objects.filter(pk=instance.page_id).specific(defer=True)))


def on_pdf_saved(sender, instance, created, **kwargs) -> None:
    # Readers see the PDF's size and edition on the page and in the feeds; proofs are not theirs.
    if created and instance.kind in READER_KINDS:
        _purge_on_commit(_batch_of(Page.objects.filter(pk=instance.page_id, live=True).specific(defer=True)))


def on_restriction_changed(sender, instance, **kwargs) -> None:
    # A page that became restricted must not be served from the cache to anyone.
    for page in Page.objects.filter(pk=instance.page_id):
        _purge_on_commit(_batch_of(_moved_pages(page)))


def receivers_connect() -> None:
    page_published.connect(on_page_changed, dispatch_uid="cms.page_cache.published")
    page_unpublished.connect(on_page_changed, dispatch_uid="cms.page_cache.unpublished")
    pre_page_move.connect(on_page_moving, dispatch_uid="cms.page_cache.moving")
    post_page_move.connect(on_page_moved, dispatch_uid="cms.page_cache.moved")
    post_save.connect(on_withdrawal_changed, sender=Withdrawal, dispatch_uid="cms.page_cache.withdrawn")
    post_delete.connect(on_withdrawal_changed, sender=Withdrawal, dispatch_uid="cms.page_cache.withdrawal_undone")
    post_save.connect(on_pdf_saved, sender=PublicationPDF, dispatch_uid="cms.page_cache.pdf")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="cms.page_cache.restricted")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="cms.page_cache.unrestricted")
