"""The heartbeat job: queued by ``worker_watch``, run by the worker.

django_tasks_db records when a worker claimed (``started_at``) and finished a
job. A worker with nothing to do leaves no trace, so it could not be told from
a dead one; a heartbeat queued on every watch run gives it something to do.
"""

from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .jobs import worker_heartbeat

HEARTBEAT_PATH = worker_heartbeat.module_path


def heartbeat_request() -> bool:
    """Queue a heartbeat unless one is already waiting: a silent worker must
    not find a pile of them when it comes back."""
    if DBTaskResult.objects.filter(task_path=HEARTBEAT_PATH, status=TaskResultStatus.READY).exists():
        return False
    worker_heartbeat.enqueue()
    return True


def heartbeats_prune() -> int:
    """Delete finished heartbeats but the newest: "last seen" needs only that one,
    and a run every few minutes would otherwise add hundreds of rows a day."""
    finished = DBTaskResult.objects.filter(task_path=HEARTBEAT_PATH, status=TaskResultStatus.SUCCESSFUL)
    newest = finished.order_by("-finished_at").values_list("pk", flat=True).first()
    if newest is None:
        return 0
    deleted, _ = finished.exclude(pk=newest).delete()
    return deleted
