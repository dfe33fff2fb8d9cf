"""Rendering and sending: one message per recipient, plain text and HTML.

Templates live in ``workflows/templates/workflows/emails/``: ``<name>_subject.txt``,
``<name>.txt`` and ``<name>.html``. The HTML is auto-escaped; the text
templates switch escaping off, since nothing interprets them.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.admin.utils import get_user_display_name

logger = logging.getLogger(__name__)

TEMPLATE_DIR = "workflows/emails/"


class NotificationNotSent(Exception):
    """Some messages of a notification could not be handed to the mail server."""


def admin_url(*, path: str) -> str:
    # The worker has no request to build absolute URLs from.
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def page_edit_url(*, page_id: int) -> str:
    return admin_url(path=reverse("wagtailadmin_pages:edit", args=[page_id]))


def german_render(*, name: str, context: dict) -> str:
    """A template of ``TEMPLATE_DIR`` in German whatever language the
    triggering request had, dates in the site's zone."""
    with translation.override("de"), timezone.override(settings.TIME_ZONE):
        return render_to_string(f"{TEMPLATE_DIR}{name}", context)


def subject_render(*, template: str, context: dict) -> str:
    # A header must be one line, whatever a page title contains.
    return " ".join(german_render(name=f"{template}_subject.txt", context=context).split())


def email_render(*, template: str, context: dict, recipient) -> EmailMultiAlternatives:
    context = {
        **context,
        "recipient_name": get_user_display_name(recipient),
        "account_url": admin_url(path=reverse("wagtailadmin_account")),
    }
    subject = subject_render(template=template, context=context)
    text = german_render(name=f"{template}.txt", context=context).strip() + "\n"
    html = german_render(name=f"{template}.html", context=context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(html, "text/html")
    return message


def emails_send(*, template: str, context: dict, recipients: list) -> int:
    """Send one message per recipient, so nobody sees another's address.

    One refused address does not stop the others; the job still fails at the
    end, so the worker records that something was not delivered.
    """
    if not recipients:
        return 0
    messages = [
        (recipient, email_render(template=template, context=context, recipient=recipient)) for recipient in recipients
    ]
    sent = 0
    failed = []
    with get_connection() as connection:
        for recipient, message in messages:
            message.connection = connection
            try:
                sent += message.send()
            except Exception:
                logger.exception("Workflow e-mail %r to user %s not sent", template, recipient.pk)
                failed.append(recipient.pk)
    if failed:
        raise NotificationNotSent(f"{template}: not sent to users {failed}")
    return sent
