"""The worker's heartbeat job (see ``heartbeat.py`` for why it exists)."""

from django_tasks import task


@task()
def worker_heartbeat() -> None:
    """Does nothing: that a worker claimed and finished it is the sign of life."""
