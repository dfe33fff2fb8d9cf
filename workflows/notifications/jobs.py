"""The worker jobs that send the workflow e-mails."""

from django_tasks import task

from .events import notification_send
from .forced_publication import forced_publication_notify


@task()
def send_workflow_notification(*, event: str, state_id: int, actor_id: int | None = None) -> int:
    """Send the e-mails of one workflow event; returns how many went out."""
    return notification_send(event=event, state_id=state_id, actor_id=actor_id)


@task()
def send_forced_publication_mail(*, record_id: int) -> int:
    """Send the Freigabe e-mails of one record; returns how many went out."""
    return forced_publication_notify(record_id=record_id)
