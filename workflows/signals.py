"""Signals the workflow models send, so that models never import the jobs
that act on them (``receivers.py`` connects each to a service)."""

from django.dispatch import Signal

#: Sent once the transaction that started an automated-checks task state has
#: committed; ``task_state`` is that TaskState.
checks_requested = Signal()
