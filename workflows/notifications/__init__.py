"""German e-mail notifications of the review workflows.

Signal receivers only queue a job once the transaction commits; the worker
loads the objects and sends (``events.py``). ``notifications_connect`` is
called from ``WorkflowsConfig.ready()``.
"""

from .events import REVIEW_REMINDER
from .jobs import send_workflow_notification
from .receivers import notifications_connect

__all__ = ["REVIEW_REMINDER", "notifications_connect", "send_workflow_notification"]
