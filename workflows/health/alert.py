"""One e-mail to the administrators when the worker has gone silent
(``manage.py worker_watch``, run by cron every few minutes).

The mail is sent by the watching process itself: the worker, which sends
every other mail, is the one that is down. An open ``WorkerAlert`` keeps the
next runs quiet until the worker is seen again.
"""

import datetime
import enum

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.urls import reverse

from workflows.durations import since_label
from workflows.models import WorkerAlert
from workflows.notifications.emails import admin_url, emails_send

from .heartbeat import heartbeat_request, heartbeats_prune
from .status import worker_health

WORKER_SILENT = "worker_silent"
ADMINISTRATION = "Administration"


class WatchOutcome(enum.StrEnum):
    FINE = "fine"
    ALERTED = "alerted"
    STILL_SILENT = "still_silent"  # alerted before; not again
    RECOVERED = "recovered"


def administrators() -> list:
    """Who runs the system: superusers and the members of Administration, if
    they can receive mail."""
    users = get_user_model().objects.filter(Q(is_superuser=True) | Q(groups__name=ADMINISTRATION), is_active=True)
    return list(users.exclude(email="").distinct().order_by("pk"))


def _alert_send(*, alert: WorkerAlert, now: datetime.datetime) -> int:
    context = {
        "last_seen": alert.last_seen,
        "waiting_count": alert.waiting_count,
        "waiting": since_label(since=alert.waiting_since, now=now),
        "waiting_since": alert.waiting_since,
        "dashboard_url": admin_url(path=reverse("wagtailadmin_home")),
    }
    return emails_send(template=WORKER_SILENT, context=context, recipients=administrators())


def worker_watch(*, silent_for: datetime.timedelta, now: datetime.datetime) -> WatchOutcome:
    """Look at the job table once: alert when the worker has been silent for
    ``silent_for`` while jobs wait, close the alert once it is seen again, and
    queue the next heartbeat."""
    health = worker_health(now=now)
    with transaction.atomic():
        open_alert = WorkerAlert.objects.select_for_update().filter(recovered_at__isnull=True).first()
        if open_alert is not None and health.last_seen is not None and health.last_seen > open_alert.sent_at:
            open_alert.recovered_at = health.last_seen
            open_alert.save(update_fields=["recovered_at"])
            outcome = WatchOutcome.RECOVERED
        elif not health.is_silent(silent_for=silent_for, now=now):
            outcome = WatchOutcome.FINE
        elif open_alert is not None:
            outcome = WatchOutcome.STILL_SILENT
        else:
            alert = WorkerAlert.objects.create(
                last_seen=health.last_seen, waiting_since=health.waiting_since, waiting_count=health.waiting_count
            )
            # A mail that could not be sent rolls the record back: the next run tries again.
            _alert_send(alert=alert, now=now)
            outcome = WatchOutcome.ALERTED
    heartbeat_request()
    heartbeats_prune()
    return outcome
