"""When immediate alerts are due: a publication went live for the first time."""

from wagtail.signals import page_published

from cms.models.publication import BasePublicationPage

from .services import alerts_enqueue_for_publication


def on_page_published(sender, instance, **kwargs) -> None:
    # Wagtail sets both to the same moment on the first publish only; later
    # publishes of the page (corrections, a restored withdrawal) are not news.
    if isinstance(instance, BasePublicationPage) and instance.first_published_at == instance.last_published_at:
        alerts_enqueue_for_publication(page_id=instance.pk)


def receivers_connect() -> None:
    page_published.connect(on_page_published, dispatch_uid="cms.alerts.published")
