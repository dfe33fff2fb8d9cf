"""A render child has a CPU-time limit next to its deadline and memory limit, and
dies with the process that forked it: before, a worker killed with SIGKILL left
its child rendering on with 330 MB until someone killed it by hand."""

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pdfexport.isolation import RenderLimitExceeded, render_isolated
from tests.security.processes import forks_of, is_gone, kill, wait_for

ROOT = Path(__file__).resolve().parents[2]
HTML = '<html lang="de"><head><title>T</title></head><body><p>Hallo</p></body></html>'
# WeasyPrint needs about ten seconds of CPU for this table.
ROWS = "".join(f"<tr><td>Zeile {n}</td><td>{n * 17}</td><td>Text {n}</td></tr>" for n in range(3000))
HEAVY = f'<html lang="de"><head><title>T</title></head><body><table>{ROWS}</table></body></html>'


def _limits(pid: int) -> dict[str, list[str]]:
    rows = Path(f"/proc/{pid}/limits").read_text().splitlines()[1:]
    return {row[:26].strip(): row[26:].split() for row in rows}


def _limited(pid: int) -> dict[str, list[str]] | None:
    limits = _limits(pid)
    return limits if limits["Max cpu time"][0] != "unlimited" else None


def test_the_child_runs_with_a_cpu_limit_and_writes_no_core_dumps(settings):
    settings.IQ_PDF_RENDER_PAUSE_SECONDS = 60  # the child waits while we look at it
    before = forks_of(os.getpid())
    outcome = {}

    def render() -> None:
        try:
            render_isolated(html=HTML, epoch=0, timeout_seconds=90, memory_mb=512, cpu_seconds=7)
        except RenderLimitExceeded as exc:
            outcome["error"] = str(exc)

    renderer = threading.Thread(target=render)
    renderer.start()
    try:
        (child,) = wait_for(lambda: forks_of(os.getpid()) - before, timeout=30, what="the render child")
        # The child sets its limits right after the fork.
        limits = wait_for(lambda: _limited(child), timeout=10, what="the child's limits")
        assert limits["Max cpu time"][:2] == ["7", "12"]
        assert limits["Max core file size"][:2] == ["0", "0"]
    finally:
        for pid in forks_of(os.getpid()) - before:
            kill(pid, signal.SIGKILL)
        renderer.join(30)
    assert "vom System beendet (SIGKILL)" in outcome["error"]


def test_a_child_in_a_cpu_loop_is_stopped_with_a_german_message():
    with pytest.raises(RenderLimitExceeded, match=r"mehr als 1 Sekunden Rechenzeit \(Rechenzeitlimit\)"):
        render_isolated(html=HEAVY, epoch=0, timeout_seconds=120, memory_mb=2048, cpu_seconds=1)


def test_the_child_dies_when_its_parent_is_killed():
    script = (
        "import django; django.setup()\n"
        "from django.conf import settings\n"
        "settings.IQ_PDF_RENDER_PAUSE_SECONDS = 120\n"
        "from pdfexport.isolation import render_isolated\n"
        f"render_isolated(html={HTML!r}, epoch=0, timeout_seconds=150, memory_mb=512)\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    children: set[int] = set()
    try:
        children = wait_for(lambda: forks_of(parent.pid), timeout=60, what="the render child")
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        wait_for(lambda: all(is_gone(child) for child in children), timeout=10, what="the orphaned child to die")
    finally:
        kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        for child in children:  # only if the test failed: no process of ours stays behind
            if not is_gone(child):
                kill(child, signal.SIGKILL)
