"""The worker job that sends the workflow e-mails."""

from django_tasks import task

from .events import notification_send


@task()
def send_workflow_notification(*, event: str, state_id: int, actor_id: int | None = None) -> int:
    """Send the e-mails of one workflow event; returns how many went out."""
    return notification_send(event=event, state_id=state_id, actor_id=actor_id)
