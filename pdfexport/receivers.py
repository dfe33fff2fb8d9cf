"""Connects Wagtail's publish signals to the render queue. Receivers only
enqueue; the work happens in the worker."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .fast_path import fast_path_forget
from .models import PublicationPDF
from .publication import Publication, is_publication
from .services import pdf_enqueue_live


def enqueue_pdf_on_publish(sender, instance, revision, **kwargs) -> None:
    fast_path_forget(page_id=instance.pk)
    if is_publication(instance) and revision is not None:
        pdf_enqueue_live(page=instance, revision=revision)
        _enqueue_dependents(instance)


def enqueue_dependents_on_unpublish(sender, instance, **kwargs) -> None:
    fast_path_forget(page_id=instance.pk)
    if is_publication(instance):
        _enqueue_dependents(instance)


def _enqueue_dependents(page: Publication) -> None:
    for dependent in page.pdf_dependent_pages():
        if dependent.live and dependent.live_revision_id:
            pdf_enqueue_live(page=dependent, revision=dependent.live_revision)


def forget_after_render(sender, instance, created, **kwargs) -> None:
    if created:
        fast_path_forget(page_id=instance.page_id)


def forget_all(sender, **kwargs) -> None:
    # Restrictions, moves and deletions reach every page below: invalidate
    # everything. These are rare; downloads are not.
    fast_path_forget()


def receivers_connect() -> None:
    post_save.connect(forget_after_render, sender=PublicationPDF, dispatch_uid="pdfexport.forget_after_render")
    post_save.connect(forget_all, sender=PageViewRestriction, dispatch_uid="pdfexport.forget.restriction_saved")
    post_delete.connect(forget_all, sender=PageViewRestriction, dispatch_uid="pdfexport.forget.restriction_deleted")
    post_delete.connect(forget_all, sender=Page, dispatch_uid="pdfexport.forget.page_deleted")
    post_page_move.connect(forget_all, dispatch_uid="pdfexport.forget.page_moved")
    page_published.connect(enqueue_pdf_on_publish, dispatch_uid="pdfexport.enqueue_pdf_on_publish")
    page_unpublished.connect(enqueue_dependents_on_unpublish, dispatch_uid="pdfexport.enqueue_dependents")
