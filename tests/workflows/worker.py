"""Running the real database worker inside a test."""

import signal

from django.core.management import call_command

import pytest

# The worker closes its database connection when it is done, as a process should;
# inside a test's transaction PostgreSQL loses that transaction with it.
WORKER_RUNS_HERE = pytest.mark.django_db(transaction=True)


def worker_runs(*, verbosity: int = 0) -> None:
    """``manage.py db_worker --batch``: runs what is due, then exits. The worker
    installs its own signal handlers; the test runner's are put back."""
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    try:
        call_command(
            "db_worker", "--batch", "--no-startup-delay", "--no-reload", "--worker-id", "w1", verbosity=verbosity
        )
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
