"""Connects Wagtail's publish signals to the render queue. Receivers only
enqueue; the work happens in the worker."""

from wagtail.signals import page_published, page_unpublished

from .routes import PdfRouteMixin
from .services import pdf_enqueue_render


def enqueue_pdf_on_publish(sender, instance, revision, **kwargs) -> None:
    if isinstance(instance, PdfRouteMixin) and revision is not None:
        pdf_enqueue_render(revision=revision)
        _enqueue_dependents(instance)


def enqueue_dependents_on_unpublish(sender, instance, **kwargs) -> None:
    if isinstance(instance, PdfRouteMixin):
        _enqueue_dependents(instance)


def _enqueue_dependents(page: PdfRouteMixin) -> None:
    for dependent in page.pdf_dependent_pages():
        if dependent.live and dependent.live_revision_id:
            pdf_enqueue_render(revision=dependent.live_revision)


def register_signal_handlers() -> None:
    page_published.connect(enqueue_pdf_on_publish, dispatch_uid="pdfexport.enqueue_pdf_on_publish")
    page_unpublished.connect(enqueue_dependents_on_unpublish, dispatch_uid="pdfexport.enqueue_dependents")
