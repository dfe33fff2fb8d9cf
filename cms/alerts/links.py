"""Absolute addresses for the alert mails, which the worker sends without a request.

Called with the mail's language active: ``reverse`` then gives its prefix
(``/en/benachrichtigungen/…``), and the catalogue is that language's.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language

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
    """The catalogue of the active language showing the selection, the German one
    while there is none, or None while the site has no catalogue."""
    catalogues = CataloguePage.objects.live().public()
    catalogue = (
        catalogues.filter(locale__language_code=get_language()).first()
        or catalogues.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        or catalogues.first()
    )
    if catalogue is None:
        return None
    return catalogue.get_full_url() + (f"?{filter_querystring}" if filter_querystring else "")
