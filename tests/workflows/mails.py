"""The workflow e-mails in Django's test outbox."""

from django.core import mail


def mails_to(username: str) -> list:
    """Every mail sent to ``username`` alone (the team's addresses are username@example.org)."""
    return [message for message in mail.outbox if message.to == [f"{username}@example.org"]]


def mail_recipients() -> set[str]:
    return {address for message in mail.outbox for address in message.to}


def html_body(message) -> str:
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html
