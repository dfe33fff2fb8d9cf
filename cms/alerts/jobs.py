"""The worker job that sends the immediate alerts of a new publication."""

from django_tasks import task

from .delivery import alerts_send_for_publication


@task()
def send_publication_alerts(*, page_id: int) -> int:
    """Mail the immediate subscribers whose filter matches; returns how many mails went out."""
    return alerts_send_for_publication(page_id=page_id)
