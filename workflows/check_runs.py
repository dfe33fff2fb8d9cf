"""Running the automated checks on a submitted revision and deciding its task: the work
of the checks job (``jobs.py``)."""

import logging

from django.db import transaction

from wagtail.models import TaskState

from .checks import checks_run
from .models import CheckRun

logger = logging.getLogger(__name__)


def workflow_checks_run(*, task_state_id: int) -> CheckRun | None:
    """Check the revision of an automated-checks task state, then approve or
    reject it. Returns None when the task state is no longer waiting (the
    editor cancelled or restarted meanwhile).

    The checks (a PDF render among them) run outside any transaction; the
    decision is taken under a row lock, so a cancel that happened meanwhile wins.
    """
    task_state = TaskState.objects.select_related("revision").filter(pk=task_state_id).first()
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return None
    report = checks_run(revision=task_state.revision)
    with transaction.atomic():
        task_state = TaskState.objects.select_for_update().get(pk=task_state_id)
        if task_state.status != TaskState.STATUS_IN_PROGRESS:
            return None
        run, _ = CheckRun.objects.update_or_create(
            task_state=task_state,
            defaults={"revision_id": task_state.revision_id, "passed": report.passed, "report": report.as_dict()},
        )
        if report.passed:
            task_state.approve(user=None, comment=report.summary_text())
        else:
            task_state.reject(user=None, comment=report.summary_text())
    logger.info("Checks on revision %s: %s", task_state.revision_id, "passed" if report.passed else "failed")
    return run
