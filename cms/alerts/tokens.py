"""The signed links of an alert: confirming a subscription, unsubscribing.

Nothing is stored before a reader confirms, so the confirmation link itself
carries the address, the filter and the frequency, signed and valid for
``CONFIRMATION_MAX_AGE``. The unsubscribe link carries the subscription's id
and its confirmation time, so it needs no stored token and a link of a
deleted subscription cannot reach a later one that got the same id.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from cms.models.alert import ALERT_FILTER_MAX_LENGTH, AlertFrequency, AlertSubscription

CONFIRMATION_MAX_AGE = datetime.timedelta(days=3)
CONFIRMATION_SALT = "cms.alerts.confirm"
UNSUBSCRIBE_SALT = "cms.alerts.unsubscribe"
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


class LinkInvalid(Exception):
    """The link was cut, altered or never ours."""


class LinkExpired(Exception):
    """The link was ours but is older than ``CONFIRMATION_MAX_AGE``; it still
    names its filter, so the reader can start again with the same selection."""

    def __init__(self, *, filter_querystring: str = "") -> None:
        super().__init__(filter_querystring)
        self.filter_querystring = filter_querystring


@dataclass(frozen=True)
class AlertRequest:
    email: str
    filter_querystring: str
    frequency: str
    # The language of the pages the reader asked on; their mails follow it.
    language: str = "de"


def confirmation_token(*, request: AlertRequest) -> str:
    payload = {"e": request.email, "f": request.filter_querystring, "h": request.frequency, "l": request.language}
    return signing.dumps(payload, salt=CONFIRMATION_SALT, compress=True)


def confirmation_read(*, token: str) -> AlertRequest:
    try:
        payload = signing.loads(token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE)
    except signing.SignatureExpired as error:
        raise LinkExpired(filter_querystring=_expired_filter(token)) from error
    except (signing.BadSignature, ValueError, UnicodeError) as error:
        raise LinkInvalid from error
    # Signed by us, but checked as carefully as input: a changed secret or an
    # older link format must not become a 500.
    if not isinstance(payload, dict):
        raise LinkInvalid
    email, filter_querystring, frequency = payload.get("e"), payload.get("f"), payload.get("h")
    # Links mailed before the language was part of them are German ones.
    language = payload.get("l", "de")
    if not all(isinstance(value, str) for value in (email, filter_querystring, frequency, language)):
        raise LinkInvalid
    if language not in dict(settings.LANGUAGES):
        raise LinkInvalid
    if frequency not in AlertFrequency.values or len(filter_querystring) > ALERT_FILTER_MAX_LENGTH:
        raise LinkInvalid
    try:
        validate_email(email)
    except ValidationError as error:
        raise LinkInvalid from error
    return AlertRequest(email=email, filter_querystring=filter_querystring, frequency=frequency, language=language)


def _expired_filter(token: str) -> str:
    payload = signing.loads(token, salt=CONFIRMATION_SALT)
    value = payload.get("f") if isinstance(payload, dict) else None
    return value if isinstance(value, str) and len(value) <= ALERT_FILTER_MAX_LENGTH else ""


def unsubscribe_token(*, subscription: AlertSubscription) -> str:
    return signing.dumps([subscription.pk, _microseconds(subscription.confirmed_at)], salt=UNSUBSCRIBE_SALT)


def unsubscribe_find(*, token: str) -> AlertSubscription | None:
    """The subscription of an unsubscribe link; None for a bad link or one
    whose subscription is gone (already unsubscribed)."""
    try:
        payload = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, UnicodeError):
        return None
    if not (isinstance(payload, list) and len(payload) == 2 and all(type(item) is int for item in payload)):
        return None
    pk, confirmed = payload
    subscription = AlertSubscription.objects.filter(pk=pk).first()
    if subscription is None or _microseconds(subscription.confirmed_at) != confirmed:
        return None
    return subscription


def _microseconds(moment: datetime.datetime) -> int:
    # Integer arithmetic: a float timestamp could differ in the last digit after a database round trip.
    return (moment - _EPOCH) // datetime.timedelta(microseconds=1)
