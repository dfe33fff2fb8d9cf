"""Writes and queueing: asking for an alert, confirming it, unsubscribing."""

import enum
import logging

from django.contrib.auth.base_user import BaseUserManager
from django.db import IntegrityError, transaction
from django.utils import timezone

from cms.models.alert import AlertFrequency, AlertSubscription

from .jobs import send_publication_alerts
from .mails import already_subscribed_mail, confirmation_mail
from .tokens import AlertRequest

logger = logging.getLogger(__name__)


class AlertMailFailed(Exception):
    """The mail server refused the message; the reader may try again later."""


class ConfirmOutcome(enum.Enum):
    CREATED = "created"
    ALREADY = "already"
    FREQUENCY_CHANGED = "frequency_changed"


def alert_email_normalise(email: str) -> str:
    # The domain part is case-insensitive; the local part is kept as typed
    # and compared case-insensitively, as every real mail server does.
    return BaseUserManager.normalize_email(email.strip())


def alert_request_send(*, request: AlertRequest) -> None:
    """Mail the confirmation link, or, when the address has this filter already,
    a mail that says so. The caller answers the same either way."""
    existing = _subscription_for(email=request.email, filter_querystring=request.filter_querystring)
    if existing is None:
        message = confirmation_mail(request=request)
    else:
        message = already_subscribed_mail(subscription=existing, request=request)
    try:
        message.send()
    except Exception as error:
        logger.exception("Alert mail not sent")
        raise AlertMailFailed from error


def alert_confirm(*, request: AlertRequest) -> tuple[AlertSubscription, ConfirmOutcome]:
    """Store the subscription of a confirmed link. A reused link finds it
    stored; a link asking another frequency for the same filter switches it."""
    with transaction.atomic():
        existing = _subscription_for(
            email=request.email, filter_querystring=request.filter_querystring, for_update=True
        )
        if existing is None:
            try:
                with transaction.atomic():
                    created = AlertSubscription.objects.create(
                        email=request.email,
                        filter_querystring=request.filter_querystring,
                        frequency=request.frequency,
                        confirmed_at=timezone.now(),
                        language=request.language,
                    )
                return created, ConfirmOutcome.CREATED
            except IntegrityError:
                # The same link clicked twice at once: the other click stored it.
                existing = _subscription_for(email=request.email, filter_querystring=request.filter_querystring)
                return existing, ConfirmOutcome.ALREADY
        if existing.frequency == request.frequency:
            return existing, ConfirmOutcome.ALREADY
        existing.frequency = request.frequency
        # A switch to weekly starts its digests from now: earlier ones were mailed at once.
        existing.digest_until = timezone.now() if request.frequency == AlertFrequency.WEEKLY else None
        # The reader's latest choice, language included, is the one that counts.
        existing.language = request.language
        existing.save(update_fields=["frequency", "digest_until", "language"])
        return existing, ConfirmOutcome.FREQUENCY_CHANGED


def alert_unsubscribe(*, subscription: AlertSubscription) -> None:
    # ``filter().delete()``: a second, simultaneous click finds nothing and is fine.
    AlertSubscription.objects.filter(pk=subscription.pk).delete()


def alerts_enqueue_for_publication(*, page_id: int) -> None:
    """Queue the immediate alerts of a publication that just went live for the
    first time, once its transaction (and with it its catalogue entry) commits."""
    transaction.on_commit(lambda: send_publication_alerts.enqueue(page_id=page_id))


def _subscription_for(*, email: str, filter_querystring: str, for_update: bool = False) -> AlertSubscription | None:
    subscriptions = AlertSubscription.objects.filter(email__iexact=email, filter_querystring=filter_querystring)
    if for_update:
        subscriptions = subscriptions.select_for_update()
    return subscriptions.first()
