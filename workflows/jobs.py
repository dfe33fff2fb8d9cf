"""Background jobs of the review workflows."""

import datetime
import logging

from django.utils import timezone

from django_tasks import task

from .check_runs import workflow_checks_run
from .checks import ChecksDeferred

logger = logging.getLogger(__name__)

CHECKS_RETRY_SECONDS = 15
CHECKS_MAX_ATTEMPTS = 40


@task()
def run_automated_checks(*, task_state_id: int, attempt: int = 1) -> None:
    try:
        workflow_checks_run(task_state_id=task_state_id)
    except ChecksDeferred:
        # Another worker is rendering this revision's proof right now; look again shortly.
        if attempt >= CHECKS_MAX_ATTEMPTS or not run_automated_checks.get_backend().supports_defer:
            logger.error("Automated checks of task state %s deferred too often", task_state_id)
            raise
        run_automated_checks.using(run_after=timezone.now() + datetime.timedelta(seconds=CHECKS_RETRY_SECONDS)).enqueue(
            task_state_id=task_state_id, attempt=attempt + 1
        )
