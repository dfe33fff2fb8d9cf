"""A worker killed mid-render loses no job and leaves no render child behind.

Before, ``kill -9`` of ``manage.py db_worker`` during a render left its job
"RUNNING" and the PDF "wird erstellt" for ever, no new worker took it, and the
render child kept its 330 MB until someone killed it by hand. Here real worker
processes run against a copy of the test database, and the first is killed
with a real SIGKILL while its child renders.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from django.db import connection

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from factsheets.factories import FactSheetPageFactory
from pdfexport.jobs import render_revision_pdf
from pdfexport.models import PdfKind, PdfRender, PublicationPDF
from pdfexport.requeue import WORKER_LOST
from tests.security.processes import forks_of, is_gone, kill, manage, wait_for
from tests.security.worker_settings import IQ_PDF_LEASE_SECONDS
from workflows.publish_guard import publishing_authorised

ROOT = Path(__file__).resolve().parents[2]
# Bounds for a shared, slow machine; nothing here measures speed.
START_TIMEOUT = 120
COMMAND_TIMEOUT = 180


@contextmanager
def _database_for_processes(tmp_path: Path) -> Iterator[str]:
    """The ``DATABASE_URL`` under which other processes see this test's data.

    SQLite's test database lives in this process's memory: it is copied to a
    file for the workers and their work copied back, so the ORM can check it.
    """
    settings_dict = connection.settings_dict
    if connection.vendor != "sqlite":
        # A transactional test commits: the workers see the test database itself.
        credentials = f"{quote(settings_dict['USER'])}:{quote(settings_dict['PASSWORD'])}@"
        port = f":{settings_dict['PORT']}" if settings_dict["PORT"] else ""
        yield f"postgres://{credentials}{settings_dict['HOST']}{port}/{settings_dict['NAME']}"
        return
    path = tmp_path / "db.sqlite3"
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    connection.connection.backup(copy)
    copy.close()
    yield f"sqlite:///{path}"
    source = sqlite3.connect(path)
    source.backup(connection.connection)
    source.close()


def _environment(*, database_url: str, settings, pause_seconds: float) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.security.worker_settings",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "IQ_PRIVATE_MEDIA_ROOT": str(settings.IQ_PRIVATE_MEDIA_ROOT),
        "IQ_TEST_RENDER_PAUSE_SECONDS": str(pause_seconds),
    }


def _worker(worker_id: str, *options: str) -> list[str]:
    return ["db_worker", "--no-startup-delay", "--no-reload", "--worker-id", worker_id, *options]


def _requeued(env: dict[str, str]) -> str | None:
    """Run ``pdf_requeue_stale`` once; its report, once it queued something."""
    outcome = manage("pdf_requeue_stale", env=env, timeout=COMMAND_TIMEOUT)
    assert outcome.returncode == 0, outcome.stderr
    return outcome.stdout if "Neu eingereiht" in outcome.stdout else None


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_render_leaves_no_child_and_its_render_is_done_exactly_once(
    fact_sheet_index, settings, tmp_path
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    page = FactSheetPageFactory(parent=fact_sheet_index, live=False)
    with publishing_authorised():
        revision = page.save_revision()
        revision.publish()
    render_jobs = DBTaskResult.objects.filter(task_path=render_revision_pdf.module_path)
    assert render_jobs.filter(status=TaskResultStatus.READY).count() == 1

    started: list[subprocess.Popen] = []
    children: set[int] = set()
    log = tmp_path / "erster.log"
    try:
        with _database_for_processes(tmp_path) as database_url:
            paused = _environment(database_url=database_url, settings=settings, pause_seconds=COMMAND_TIMEOUT)
            with log.open("w") as output:
                first = subprocess.Popen(
                    [sys.executable, "manage.py", *_worker("erster", "--interval", "0.2")],
                    cwd=ROOT,
                    env=paused,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                )
            started.append(first)
            children = wait_for(lambda: forks_of(first.pid), timeout=START_TIMEOUT, what="the render child")

            # While the worker lives, its heartbeat keeps the render its own past the lease.
            time.sleep(IQ_PDF_LEASE_SECONDS * 2)
            assert _requeued(paused) is None
            assert first.poll() is None, log.read_text()
            first.send_signal(signal.SIGKILL)
            first.wait(10)
            wait_for(lambda: all(is_gone(child) for child in children), timeout=10, what="the render child to die")

            report = wait_for(lambda: _requeued(paused), timeout=90, interval=1, what="the lapsed lease to be requeued")
            assert f"Neu eingereiht: PDF (publication) von Revision {revision.pk}, Versuch 2." in report

            normal = _environment(database_url=database_url, settings=settings, pause_seconds=0)
            second = manage(*_worker("zweiter", "--batch", "--interval", "0"), env=normal, timeout=COMMAND_TIMEOUT)
            assert second.returncode == 0, second.stdout + second.stderr
    finally:
        for process in started:
            kill(process.pid, signal.SIGKILL)
            process.wait(10)
        for child in children:  # only if the test failed before they were gone
            if not is_gone(child):
                kill(child, signal.SIGKILL)

    render = PdfRender.objects.get(revision=revision, kind=PdfKind.PUBLICATION)
    assert (render.status, render.attempts, render.error_message) == (PdfRender.Status.READY, 2, ""), log.read_text()
    (pdf,) = PublicationPDF.objects.filter(revision=revision, kind=PdfKind.PUBLICATION)
    with pdf.file.open("rb") as stored:
        assert stored.read(4) == b"%PDF"
    jobs = render_jobs.order_by("enqueued_at")
    assert [(job.status, job.worker_ids, job.args_kwargs["kwargs"].get("attempt", 1)) for job in jobs] == [
        (TaskResultStatus.FAILED, ["erster"], 1),
        (TaskResultStatus.SUCCESSFUL, ["zweiter"], 2),
    ]
    assert jobs[0].exception_class_path == WORKER_LOST
