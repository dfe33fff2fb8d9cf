"""German e-mail notifications of the review workflows.

Signal receivers only queue a job once the transaction commits; the worker
loads the objects and decides who is told what (``events.py``); each
recipient's choice sends it now or holds it for the daily digest
(``delivery.py``, ``digest.py``). Its ``receivers.receivers_connect`` is called from
``workflows.receivers.receivers_connect``.
"""

from .events import DEADLINE_OVERDUE, DEADLINE_REMINDER, REVIEW_REMINDER
from .jobs import send_workflow_notification

__all__ = ["DEADLINE_OVERDUE", "DEADLINE_REMINDER", "REVIEW_REMINDER", "send_workflow_notification"]
