"""Run one render in a forked child with a wall-clock, a CPU-time and a memory limit.

WeasyPrint does not always return memory after ``write_pdf`` and large tables
can take gigabytes (``docs/pdf-engine.md``). A forked child keeps the worker's warm
imports and fonts, gets ``RLIMIT_AS`` on top of what it inherited and
``RLIMIT_CPU``, and is killed when it runs past the deadline; the worker itself
never grows. The child dies with the worker: a worker killed with SIGKILL
cannot kill it any more, and it used to keep its hundreds of MiB until someone
did by hand (``docs/security.md``). Before the first fork the worker builds its
warm state (``warmup.py``), so that no child loads fonts or stylesheets again.
"""

import ctypes
import gc
import logging
import math
import multiprocessing
import os
import resource
import signal
import time
from dataclasses import dataclass

from django.conf import settings

from .rendering import RenderedPDF, RenderInputTooLarge, html_render_pdf
from .warmup import warm_state_prepare

MIB = 1024 * 1024
_REPORT_RESERVE_BYTES = 16 * MIB
# Between the soft CPU limit (SIGXCPU, reported to editors) and the hard one
# (SIGKILL, for a child that ignored the first).
_CPU_GRACE_SECONDS = 5
_PR_SET_PDEATHSIG = 1
logger = logging.getLogger(__name__)


class RenderLimitExceeded(Exception):
    """The child was over its time, CPU-time or memory budget; ``str()`` is for editors."""


@dataclass(frozen=True)
class IsolatedResult:
    rendered: RenderedPDF
    untagged_fallback: bool


def render_isolated(
    *, html: str, epoch: int, timeout_seconds: float, memory_mb: int, cpu_seconds: float | None = None
) -> IsolatedResult:
    """``cpu_seconds`` defaults to ``IQ_PDF_RENDER_CPU_SECONDS``."""
    if cpu_seconds is None:
        cpu_seconds = settings.IQ_PDF_RENDER_CPU_SECONDS
    # Here in the worker, so that this and every later child inherits it.
    warm_state_prepare()
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, html, epoch, memory_mb, cpu_seconds, os.getpid()), daemon=True)
    child.start()
    sender.close()
    answered = False
    try:
        if not receiver.poll(timeout_seconds):
            raise RenderLimitExceeded(
                f"Die PDF-Erstellung wurde nach {timeout_seconds:g} Sekunden abgebrochen (Zeitlimit)."
            )
        try:
            outcome = receiver.recv()
        except EOFError:
            child.join(5)
            raise RenderLimitExceeded(_death_message(child.exitcode, memory_mb, cpu_seconds)) from None
        answered = True
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        # A child that answered has nothing left to do: waiting while the kernel frees its
        # address space cost every render about 10 ms. The next start() reaps it.
        if not answered:
            child.join(5)
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def _death_message(exitcode: int | None, memory_mb: int, cpu_seconds: float) -> str:
    if exitcode == -signal.SIGXCPU:
        return f"Die PDF-Erstellung brauchte mehr als {cpu_seconds:g} Sekunden Rechenzeit (Rechenzeitlimit)."
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        return f"Die PDF-Erstellung wurde vom System beendet ({name}); vermutlich zu groß für {memory_mb} MiB."
    return f"Die PDF-Erstellung ist abgestürzt (Exit-Code {exitcode})."


def _child(sender, html: str, epoch: int, memory_mb: int, cpu_seconds: float, parent_pid: int) -> None:
    # The collector would otherwise walk every object inherited from the worker, and writing
    # to each page it touches copies it: about half a second per render, and memory.
    gc.freeze()
    _die_with_parent(parent_pid)
    # Released when memory runs out, so that the report can still be built and sent.
    reserve = bytearray(_REPORT_RESERVE_BYTES)
    _limit_cpu(cpu_seconds)
    _limit_memory(memory_mb)
    _pause_for_fault_tests()
    try:
        outcome = _render_with_fallback(html=html, epoch=epoch)
    except MemoryError:
        del reserve
        outcome = RenderLimitExceeded(f"Die PDF-Erstellung brauchte mehr als {memory_mb} MiB Speicher (Speicherlimit).")
    except RenderInputTooLarge as exc:
        outcome = exc
    except Exception as exc:  # sent to the parent, which records it for editors
        outcome = RuntimeError(f"{exc.__class__.__name__}: {exc}")
    sender.send(outcome)
    sender.close()


def _render_with_fallback(*, html: str, epoch: int, render=html_render_pdf) -> IsolatedResult:
    try:
        return IsolatedResult(rendered=render(html=html, epoch=epoch), untagged_fallback=False)
    except (MemoryError, RenderInputTooLarge):
        raise
    except Exception:
        # Known WeasyPrint tagging crashes (e.g. "Table wrapper without a table",
        # upstream #2761): an untagged PDF is better than none, and it is flagged.
        logger.warning("Tagged render failed; rendering untagged", exc_info=True)
        return IsolatedResult(rendered=render(html=html, epoch=epoch, tagged=False), untagged_fallback=True)


def _limit_memory(memory_mb: int) -> None:
    # The budget comes on top of the address space the fork inherited.
    with open("/proc/self/statm") as statm:
        inherited = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    limit = inherited + memory_mb * MIB
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _die_with_parent(parent_pid: int) -> None:
    """Have the kernel SIGKILL this child when the worker dies, however it dies.

    The signal comes when the thread that forked exits; the worker forks from
    its main thread, which lives as long as the worker does.
    """
    prctl = getattr(ctypes.CDLL(None, use_errno=True), "prctl", None)
    if prctl is None:  # not Linux: the CPU-time limit still ends an orphan
        return
    if prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        logger.warning("PR_SET_PDEATHSIG failed (errno %s)", ctypes.get_errno())
    # The worker may have died between fork and prctl; then no signal will come.
    if os.getppid() != parent_pid:
        os._exit(1)


def _limit_cpu(cpu_seconds: float) -> None:
    # A fork starts with zero CPU time, so this is the child's own budget.
    soft = max(1, math.ceil(cpu_seconds))
    hard = soft + _CPU_GRACE_SECONDS
    _, inherited_hard = resource.getrlimit(resource.RLIMIT_CPU)
    if inherited_hard != resource.RLIM_INFINITY:
        soft, hard = min(soft, inherited_hard), min(hard, inherited_hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    # SIGXCPU dumps core by default: hundreds of MiB on disk for every stopped render.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _pause_for_fault_tests() -> None:
    # Only tests/security/worker_settings.py sets this: a render that is surely
    # still running when the fault tests kill its worker.
    pause = getattr(settings, "IQ_PDF_RENDER_PAUSE_SECONDS", 0)
    if pause:
        time.sleep(pause)
