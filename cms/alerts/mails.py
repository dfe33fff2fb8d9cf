"""The alert mails: plain text with an HTML alternative, in the language the
reader subscribed in (German for subscriptions older than that choice).

Templates live in ``cms/templates/cms/alerts/emails/``: ``<name>_subject.txt``,
``<name>.txt`` and ``<name>.html``. Every mail to a subscriber carries the
one-click unsubscribe of RFC 8058 in its headers and in its text.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation

from cms.catalogue.labels import type_name
from cms.models.alert import AlertFrequency, AlertSubscription
from cms.models.catalogue_entry import CatalogueEntry

from .filters import alert_filter_describe
from .links import catalogue_url, confirm_url, subscribe_url, unsubscribe_url
from .tokens import CONFIRMATION_MAX_AGE, AlertRequest
from .wording import frequency_name

TEMPLATE_DIR = "cms/alerts/emails/"


def confirmation_mail(*, request: AlertRequest) -> EmailMultiAlternatives:
    with translation.override(request.language):
        context = {
            "confirm_url": confirm_url(request=request),
            "valid_days": CONFIRMATION_MAX_AGE.days,
            "frequency": frequency_name(request.frequency),
            **mail_filter_context(request.filter_querystring, language=request.language),
        }
        return _mail(template="confirm", context=context, to=request.email)


def already_subscribed_mail(*, subscription: AlertSubscription, request: AlertRequest) -> EmailMultiAlternatives:
    """Instead of a confirmation: the address has this filter already. With
    another frequency asked for, the mail offers the link that switches to it."""
    switch = request.frequency != subscription.frequency
    # In the language asked in now: the reader reads this mail as an answer to that page.
    with translation.override(request.language):
        context = {
            "frequency": frequency_name(subscription.frequency),
            "requested_frequency": frequency_name(request.frequency),
            "switch_url": confirm_url(request=request) if switch else None,
            "valid_days": CONFIRMATION_MAX_AGE.days,
            **mail_filter_context(subscription.filter_querystring, language=request.language),
        }
        return _mail(template="already_subscribed", context=context, to=request.email, subscription=subscription)


def news_mail(
    *, subscription: AlertSubscription, entries: list[CatalogueEntry], filter_context: dict | None = None
) -> EmailMultiAlternatives:
    """``filter_context`` (``mail_filter_context`` in the subscription's language) lets
    the subscriptions of one filter and language share its lookups."""
    with translation.override(subscription.language):
        context = {
            "weekly": subscription.frequency == AlertFrequency.WEEKLY,
            "items": [_item(entry) for entry in entries],
            **(filter_context or mail_filter_context(subscription.filter_querystring, language=subscription.language)),
        }
        return _mail(template="news", context=context, to=subscription.email, subscription=subscription)


def _item(entry: CatalogueEntry) -> dict:
    return {
        "title": entry.title,
        "type_label": type_name(entry.type_label),
        "date": entry.date,
        "teaser": " ".join(entry.teaser.split()),
        "url": entry.page.get_full_url(),
    }


def mail_filter_context(filter_querystring: str, *, language: str = "de") -> dict:
    with translation.override(language):
        return {
            "filter_description": alert_filter_describe(filter_querystring=filter_querystring),
            "catalogue_url": catalogue_url(filter_querystring=filter_querystring),
            "subscribe_url": subscribe_url(filter_querystring=filter_querystring),
        }


def _render(name: str, context: dict) -> str:
    # In the mail's language (set by the caller) and the site's zone, whatever the worker's defaults.
    with timezone.override(settings.TIME_ZONE):
        return render_to_string(f"{TEMPLATE_DIR}{name}", context)


def _mail(
    *, template: str, context: dict, to: str, subscription: AlertSubscription | None = None
) -> EmailMultiAlternatives:
    headers = {"Auto-Submitted": "auto-generated"}
    if subscription is not None:
        context = {**context, "unsubscribe_url": unsubscribe_url(subscription=subscription)}
        headers["List-Unsubscribe"] = f"<{context['unsubscribe_url']}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    # A header must be one line, whatever a title or a search term contains.
    subject = " ".join(_render(f"{template}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=subject,
        body=_render(f"{template}.txt", context).strip() + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers=headers,
    )
    message.attach_alternative(_render(f"{template}.html", context), "text/html")
    return message
