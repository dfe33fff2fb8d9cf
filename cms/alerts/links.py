"""Absolute addresses for the alert mails, which the worker sends without a request."""

from django.conf import settings
from django.urls import reverse

from cms.models.catalogue import CataloguePage

from .tokens import AlertRequest, confirmation_token, unsubscribe_token


def site_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def confirm_url(*, request: AlertRequest) -> str:
    return site_url(reverse("alerts:confirm", kwargs={"token": confirmation_token(request=request)}))


def unsubscribe_url(*, subscription) -> str:
    return site_url(reverse("alerts:unsubscribe", kwargs={"token": unsubscribe_token(subscription=subscription)}))


def subscribe_url(*, filter_querystring: str) -> str:
    return site_url(reverse("alerts:subscribe") + (f"?{filter_querystring}" if filter_querystring else ""))


def catalogue_url(*, filter_querystring: str) -> str | None:
    """The catalogue showing the selection, or None while the site has no catalogue."""
    catalogue = CataloguePage.objects.live().public().first()
    if catalogue is None:
        return None
    return catalogue.get_full_url() + (f"?{filter_querystring}" if filter_querystring else "")
