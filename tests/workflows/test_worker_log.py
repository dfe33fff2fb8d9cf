"""What the worker writes to the terminal: problems, not two lines per job.

Every save queues Wagtail's reference and search index jobs; with the library's
default logging ``make run``'s terminal showed two lines for each of them.
"""

import logging

import pytest

from tests.workflows.worker import WORKER_RUNS_HERE, worker_runs
from workflows.health.jobs import worker_heartbeat
from workflows.notifications.jobs import send_workflow_notification


@pytest.fixture
def job_log(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    tasks_logger = logging.getLogger("django_tasks")
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    tasks_logger.addHandler(handler)
    yield records
    tasks_logger.removeHandler(handler)


@WORKER_RUNS_HERE
def test_the_worker_logs_a_failed_job_and_stays_quiet_about_the_others(job_log):
    worker_heartbeat.enqueue()
    worker_heartbeat.enqueue()
    send_workflow_notification.enqueue(event="unbekannt", state_id=987654)

    # verbosity 1 is what ``make run`` uses: the library then logs every job at INFO.
    worker_runs(verbosity=1)

    assert [(record.levelname, record.args[1]) for record in job_log] == [
        ("ERROR", "workflows.notifications.jobs.send_workflow_notification")
    ]
