"""German e-mail notifications of the review workflows.

Signal receivers only queue a job once the transaction commits; the worker
loads the objects and sends (``events.py``). ``notifications_connect`` is
called from ``WorkflowsConfig.ready()``.
"""

from .receivers import notifications_connect

__all__ = ["notifications_connect"]
