"""Sending the news: at once when a publication goes live, or weekly.

A publication is news to a subscription once. Immediate alerts go out when a
publication goes live for the first time, which happens once per page;
republishing, withdrawing or restoring it later is not news. A weekly digest
takes what first went live after its cursor ``digest_until`` (at first, the
confirmation) and moves the cursor on only when its mail went out.
"""

import datetime
import logging
from collections import defaultdict
from dataclasses import dataclass

from cms.models.alert import AlertFrequency, AlertSubscription
from cms.models.catalogue_entry import CatalogueEntry, EntryStatus

from .mails import mail_filter_context, news_mail
from .selectors import alert_news

logger = logging.getLogger(__name__)

#: A digest leaves out what went live in its last minutes: a publish whose
#: transaction has not committed yet is not visible, and the next digest,
#: whose window starts here, takes it.
COMMIT_MARGIN = datetime.timedelta(minutes=5)


class AlertsNotSent(Exception):
    """Some alert mails could not be handed to the mail server."""


@dataclass
class DigestRun:
    sent: int = 0
    failed: int = 0
    subscriptions: int = 0


def alerts_send_for_publication(*, page_id: int) -> int:
    """Mail every immediate subscription whose filter matches the publication;
    returns how many mails went out."""
    entry = CatalogueEntry.objects.filter(pk=page_id, status=EntryStatus.CURRENT).select_related("page").first()
    if entry is None or entry.page.first_published_at is None:
        return 0
    subscriptions = AlertSubscription.objects.filter(
        frequency=AlertFrequency.IMMEDIATE, confirmed_at__lte=entry.page.first_published_at
    ).order_by("pk")
    candidates = CatalogueEntry.objects.filter(pk=page_id)
    sent, failed = 0, []
    # One query per distinct filter, however many share it.
    for filter_querystring, group in _by_filter(subscriptions).items():
        news = alert_news(filter_querystring=filter_querystring, candidates=candidates)
        if not news:
            continue
        contexts = _FilterContexts(filter_querystring)
        for subscription in group:
            if _sent(subscription=subscription, entries=news, filter_context=contexts.get(subscription)):
                sent += 1
            else:
                failed.append(subscription.pk)
    if failed:
        raise AlertsNotSent(f"publication {page_id}: not sent to subscriptions {failed}")
    return sent


def alerts_send_weekly(*, now: datetime.datetime) -> DigestRun:
    """One digest per weekly subscription with news since its last one."""
    until = now - COMMIT_MARGIN
    run = DigestRun()
    subscriptions = list(AlertSubscription.objects.filter(frequency=AlertFrequency.WEEKLY).order_by("pk"))
    run.subscriptions = len(subscriptions)
    if not subscriptions:
        return run
    earliest = min(_digest_since(subscription) for subscription in subscriptions)
    candidates = CatalogueEntry.objects.filter(
        page__first_published_at__gt=earliest, page__first_published_at__lte=until
    )
    for filter_querystring, group in _by_filter(subscriptions).items():
        news = alert_news(filter_querystring=filter_querystring, candidates=candidates)
        contexts = _FilterContexts(filter_querystring)
        for subscription in group:
            since = _digest_since(subscription)
            own = [entry for entry in news if entry.page.first_published_at > since]
            if own and not _sent(subscription=subscription, entries=own, filter_context=contexts.get(subscription)):
                run.failed += 1
                continue  # The cursor stays: the next run tries again.
            run.sent += bool(own)
            _cursor_move(subscription=subscription, until=until)
    return run


class _FilterContexts:
    """A filter's words and links once per language, shared by its subscriptions in that language."""

    def __init__(self, filter_querystring: str) -> None:
        self.filter_querystring = filter_querystring
        self.by_language: dict[str, dict] = {}

    def get(self, subscription: AlertSubscription) -> dict:
        language = subscription.language
        if language not in self.by_language:
            self.by_language[language] = mail_filter_context(self.filter_querystring, language=language)
        return self.by_language[language]


def _digest_since(subscription: AlertSubscription) -> datetime.datetime:
    return subscription.digest_until or subscription.confirmed_at


def _cursor_move(*, subscription: AlertSubscription, until: datetime.datetime) -> None:
    # Only forward, and only while it is still weekly: an unsubscribe or a
    # switch to immediate meanwhile is not undone.
    AlertSubscription.objects.filter(pk=subscription.pk, frequency=AlertFrequency.WEEKLY).exclude(
        digest_until__gte=until
    ).update(digest_until=until)


def _by_filter(subscriptions) -> dict[str, list[AlertSubscription]]:
    groups: dict[str, list[AlertSubscription]] = defaultdict(list)
    for subscription in subscriptions:
        groups[subscription.filter_querystring].append(subscription)
    return groups


def _sent(*, subscription: AlertSubscription, entries: list[CatalogueEntry], filter_context: dict) -> bool:
    try:
        news_mail(subscription=subscription, entries=entries, filter_context=filter_context).send()
    except Exception:
        # One refused address does not stop the others.
        logger.exception("Alert mail to subscription %s not sent", subscription.pk)
        return False
    return True
