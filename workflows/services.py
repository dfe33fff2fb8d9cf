"""Workflow services that queue work for the worker."""

from wagtail.models import TaskState

from .jobs import run_automated_checks


def checks_enqueue(*, task_state: TaskState) -> None:
    """Queue the automated checks of ``task_state``: they render a PDF proof,
    seconds of work that belong in the worker."""
    run_automated_checks.enqueue(task_state_id=task_state.pk)
