"""Connects Wagtail's publish signals to the render queue. Receivers only
enqueue; the work happens in the worker."""

import threading

from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from .composite_renders import pdf_composites_binding, pdf_composites_enqueue
from .fast_path import fast_path_forget, fast_path_forget_pages
from .models import PublicationPDF
from .publication import Publication, is_publication, publication_models
from .services import pdf_enqueue_live

# Composites that bind a page being moved, by page id, from pre_page_move to post_page_move.
_moving = threading.local()


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
        # An issue's remembered editions may bind this page; they must pass the check again.
        fast_path_forget(page_id=dependent.pk)
        if dependent.live and dependent.live_revision_id:
            pdf_enqueue_live(page=dependent, revision=dependent.live_revision)


def forget_after_render(sender, instance, created, **kwargs) -> None:
    if created:
        fast_path_forget(page_id=instance.page_id)


def forget_file_name_dependents(sender, instance, raw=False, **kwargs) -> None:
    # Any save, a draft's too: a new draft sibling renames an article at once.
    if not raw:
        fast_path_forget_pages(page_ids=[page.pk for page in instance.pdf_file_name_dependents()])


def forget_all(sender, **kwargs) -> None:
    # Restrictions, moves and deletions reach every page below: invalidate
    # everything. These are rare; downloads are not.
    fast_path_forget()


def enqueue_composites_on_restriction(sender, instance, **kwargs) -> None:
    """A restriction added, changed or lifted: the composites binding a page below
    it leave that page out, or take it back in."""
    try:
        page = instance.page
    except Page.DoesNotExist:
        return  # deleted with its page, whose unpublishing queued the composites
    pdf_composites_enqueue(page=page)


def enqueue_composites_on_restriction_groups(sender, instance, action, reverse, **kwargs) -> None:
    if action.startswith("post_") and not reverse:
        fast_path_forget()
        enqueue_composites_on_restriction(sender, instance)


def remember_composites_before_move(sender, instance, **kwargs) -> None:
    # Which composites lose the page can only be asked before the move, but their
    # render must see the page gone: Wagtail sends this outside its transaction,
    # where a render queued now could run before the move is committed.
    _moving.composites = {**getattr(_moving, "composites", {}), instance.pk: pdf_composites_binding(page=instance)}


def enqueue_composites_after_move(sender, instance, **kwargs) -> None:
    """The composites that lost the page and those that gained it; a move below a
    restricted page restricts it (inherited)."""
    before = getattr(_moving, "composites", {}).pop(instance.pk, [])
    pdf_composites_enqueue(page=instance, composites=before)


def receivers_connect() -> None:
    post_save.connect(forget_after_render, sender=PublicationPDF, dispatch_uid="pdfexport.forget_after_render")
    for model in publication_models():
        post_save.connect(
            forget_file_name_dependents, sender=model, dispatch_uid=f"pdfexport.forget.file_names.{model._meta.label}"
        )
    post_save.connect(forget_all, sender=PageViewRestriction, dispatch_uid="pdfexport.forget.restriction_saved")
    post_delete.connect(forget_all, sender=PageViewRestriction, dispatch_uid="pdfexport.forget.restriction_deleted")
    post_delete.connect(forget_all, sender=Page, dispatch_uid="pdfexport.forget.page_deleted")
    post_page_move.connect(forget_all, dispatch_uid="pdfexport.forget.page_moved")
    for signal, uid in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            enqueue_composites_on_restriction,
            sender=PageViewRestriction,
            dispatch_uid=f"pdfexport.composites.restriction_{uid}",
        )
    m2m_changed.connect(
        enqueue_composites_on_restriction_groups,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="pdfexport.composites.restriction_groups",
    )
    pre_page_move.connect(remember_composites_before_move, dispatch_uid="pdfexport.composites.before_move")
    post_page_move.connect(enqueue_composites_after_move, dispatch_uid="pdfexport.composites.after_move")
    page_published.connect(enqueue_pdf_on_publish, dispatch_uid="pdfexport.enqueue_pdf_on_publish")
    page_unpublished.connect(enqueue_dependents_on_unpublish, dispatch_uid="pdfexport.enqueue_dependents")
