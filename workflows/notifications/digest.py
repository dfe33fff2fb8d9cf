"""The daily digest (``manage.py workflow_digest``): one German e-mail per
person with every notification held for them since their last digest.

Sent by the command itself rather than queued for the worker: nothing waits
for a transaction here, and an entry is marked as sent in the same step in
which its mail is handed to the mail server.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from wagtail.models import TaskState

from workflows.models import DigestEntry

from .emails import emails_send
from .events import REVIEW_REMINDER, TASK_STARTED

DIGEST = "digest"

# "Please review" only makes sense while the stage still waits.
REVIEW_REQUESTS = (TASK_STARTED, REVIEW_REMINDER)


def digest_people() -> list:
    """Everyone with entries not yet sent who can receive mail, by id.

    Also people who switched back to immediate mails: what was held for them
    is still delivered once.
    """
    return list(
        get_user_model()
        .objects.filter(digest_entries__sent_at__isnull=True, is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def _still_current(entries: list[DigestEntry]) -> list[DigestEntry]:
    """Leave out review requests for stages decided meanwhile; of several
    (the request, then reminders) for one stage, keep the newest."""
    requested = {entry.task_state_id for entry in entries if entry.event in REVIEW_REQUESTS}
    waiting = set(
        TaskState.objects.filter(pk__in=requested - {None}, status=TaskState.STATUS_IN_PROGRESS).values_list(
            "pk", flat=True
        )
    )
    # Entries come oldest first, so the last one per stage wins.
    newest = {entry.task_state_id: entry for entry in entries if entry.event in REVIEW_REQUESTS}

    def current(entry: DigestEntry) -> bool:
        if entry.event not in REVIEW_REQUESTS:
            return True
        return entry.task_state_id in waiting and newest[entry.task_state_id] is entry

    return [entry for entry in entries if current(entry)]


def _pending(*, user, lock: bool) -> list[DigestEntry]:
    entries = DigestEntry.objects.filter(user=user, sent_at__isnull=True).order_by("created_at", "pk")
    return list(entries.select_for_update() if lock else entries)


def digest_preview(*, user) -> list[DigestEntry]:
    """What the next digest of ``user`` would list; sends and marks nothing."""
    return _still_current(_pending(user=user, lock=False))


def digest_send(*, user) -> int:
    """Send ``user`` one digest of everything held since the last one and mark
    it sent; returns how many notifications it listed.

    The entries stay locked until the mail is handed over: two runs at once
    do not send them twice, and a failed send (``NotificationNotSent``) leaves
    them for the next run. Entries that are all out of date are marked without
    a mail: an empty digest is noise.
    """
    with transaction.atomic():
        entries = _pending(user=user, lock=True)
        listed = _still_current(entries)
        if listed:
            context = {"entries": listed, "count": len(listed), "since": entries[0].created_at}
            emails_send(template=DIGEST, context=context, recipients=[user])
        DigestEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(sent_at=timezone.now())
    return len(listed)
