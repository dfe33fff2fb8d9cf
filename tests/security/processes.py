"""Real processes: ``manage.py`` commands run as a subprocess, and looking at
processes through /proc (psutil is not installed)."""

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings


def manage(*arguments: str, env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess:
    """``manage.py`` with ``arguments`` in a process of its own; its output as text, never raising on failure."""
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=Path(settings.BASE_DIR),
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def children_of(pid: int) -> set[int]:
    children = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # The command name is in parentheses and may contain spaces.
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended while we looked
        if int(fields[1]) == pid:
            children.add(int(stat.parent.name))
    return children


def forks_of(pid: int) -> set[int]:
    """Children that are forks of ``pid`` (the render children), not programs it
    started (a C compiler that ctypes runs to find a library, for example)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return set()
    forks = set()
    for child in children_of(pid):
        try:
            if Path(f"/proc/{child}/cmdline").read_bytes() == command:
                forks.add(child)
        except OSError:
            continue
    return forks


def is_gone(pid: int) -> bool:
    """Ended: no process, or a zombie (its memory is freed; only its exit status
    waits for a parent that may never reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state == "Z"


def wait_for(condition, *, timeout: float, interval: float = 0.05, what: str):
    """Poll until ``condition()`` is truthy and return it; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if outcome := condition():
            return outcome
        time.sleep(interval)
    raise AssertionError(f"Gave up after {timeout:g} s waiting for {what}")


def kill(pid: int, signal_number: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # already ended
        os.kill(pid, signal_number)
