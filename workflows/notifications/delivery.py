"""Immediate e-mail or daily digest: each recipient's choice decides.

The workflow events (``events.py``) hand their recipients here. People who
chose the daily digest get a ``DigestEntry`` instead of a message;
``manage.py workflow_digest`` sends those once a day (``digest.py``).
Mails that someone must act on at once (the worker alert, a force publish)
do not come through here and always go out immediately.
"""

from workflows.models import DigestEntry, NotificationPreference

from .emails import emails_send, german_render, subject_render


def digest_hold(*, template: str, context: dict, recipients: list, task_state_id: int | None = None) -> int:
    """Keep one notification for the next digest of each recipient; rendered
    now, so the digest tells what was true when it happened."""
    if not recipients:
        return 0
    subject = subject_render(template=template, context=context)
    text = german_render(name=f"{template}_digest.txt", context=context).strip()
    url = context.get("public_url") or context["edit_url"]
    DigestEntry.objects.bulk_create(
        DigestEntry(
            user=recipient,
            event=template,
            task_state_id=task_state_id,
            page_title=context.get("page_title", "")[:255],
            subject=subject[:255],
            text=text,
            url=url,
        )
        for recipient in recipients
    )
    return len(recipients)


def notification_deliver(*, template: str, context: dict, recipients: list, task_state_id: int | None = None) -> int:
    """Send now to those who want every mail, hold for the digest of the
    others; returns how many messages went out now."""
    if not recipients:
        return 0
    daily = set(
        NotificationPreference.objects.filter(
            user__in=[recipient.pk for recipient in recipients], delivery=NotificationPreference.DAILY
        ).values_list("user_id", flat=True)
    )
    held = [recipient for recipient in recipients if recipient.pk in daily]
    now = [recipient for recipient in recipients if recipient.pk not in daily]
    digest_hold(template=template, context=context, recipients=held, task_state_id=task_state_id)
    return emails_send(template=template, context=context, recipients=now)
