"""When the catalogue's entries are rebuilt: whenever what an entry shows changes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.models.withdrawal import Withdrawal
from pdfexport.models import PublicationPDF

from .indexing import catalogue_entry_refresh, catalogue_publication_of


def _refresh_for(page: Page) -> None:
    publication = catalogue_publication_of(page)
    if publication is not None:
        catalogue_entry_refresh(page=publication)


def on_page_changed(sender, instance, **kwargs) -> None:
    _refresh_for(instance)


def on_page_moved(sender, instance, **kwargs) -> None:
    # Moved below a restricted page, say: every publication in the subtree.
    for page in Page.objects.descendant_of(instance, inclusive=True).live():
        _refresh_for(page)


def on_withdrawal_changed(sender, instance, **kwargs) -> None:
    _refresh_for(instance.page)


def on_pdf_saved(sender, instance, created, update_fields=None, **kwargs) -> None:
    # Validated again (``pdf_validate``): the card's "barrierefrei" follows the new result.
    if created or (update_fields and "pdfua_status" in update_fields):
        # After the render's transaction, when the PDF is the live revision's.
        page_id = instance.page_id
        transaction.on_commit(lambda: _refresh_for(Page.objects.get(pk=page_id)))


def on_restriction_changed(sender, instance, **kwargs) -> None:
    for page in Page.objects.descendant_of(instance.page, inclusive=True):
        _refresh_for(page)


def receivers_connect() -> None:
    page_published.connect(on_page_changed, dispatch_uid="cms.catalogue.published")
    page_unpublished.connect(on_page_changed, dispatch_uid="cms.catalogue.unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="cms.catalogue.moved")
    post_save.connect(on_withdrawal_changed, sender=Withdrawal, dispatch_uid="cms.catalogue.withdrawn")
    post_delete.connect(on_withdrawal_changed, sender=Withdrawal, dispatch_uid="cms.catalogue.withdrawal_undone")
    post_save.connect(on_pdf_saved, sender=PublicationPDF, dispatch_uid="cms.catalogue.pdf")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="cms.catalogue.restricted")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="cms.catalogue.unrestricted")
