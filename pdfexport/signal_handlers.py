"""Connects Wagtail's publish signal to the render queue. The receiver only
enqueues; the work happens in the worker."""

from wagtail.signals import page_published

from .routes import PdfRouteMixin
from .services import pdf_enqueue_render


def enqueue_pdf_on_publish(sender, instance, revision, **kwargs) -> None:
    if isinstance(instance, PdfRouteMixin) and revision is not None:
        pdf_enqueue_render(revision=revision)


def register_signal_handlers() -> None:
    page_published.connect(enqueue_pdf_on_publish, dispatch_uid="pdfexport.enqueue_pdf_on_publish")
