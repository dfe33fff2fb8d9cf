"""Run one render in a forked child with a wall-clock and a memory limit.

WeasyPrint does not always return memory after ``write_pdf`` and large tables
can take gigabytes (``docs/pdf-engine.md``). A forked child keeps the worker's warm
imports and fonts, gets ``RLIMIT_AS`` on top of what it inherited, and is
killed when it runs past the deadline; the worker itself never grows.
"""

import logging
import multiprocessing
import os
import resource
import signal
from dataclasses import dataclass

from .rendering import RenderedPDF, RenderInputTooLarge, html_render_pdf

MIB = 1024 * 1024
_REPORT_RESERVE_BYTES = 16 * MIB
logger = logging.getLogger(__name__)


class RenderLimitExceeded(Exception):
    """The child was over its time or memory budget; ``str()`` is for editors."""


@dataclass(frozen=True)
class IsolatedResult:
    rendered: RenderedPDF
    untagged_fallback: bool


def render_isolated(*, html: str, epoch: int, timeout_seconds: float, memory_mb: int) -> IsolatedResult:
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, html, epoch, memory_mb), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout_seconds):
            raise RenderLimitExceeded(
                f"Die PDF-Erstellung wurde nach {timeout_seconds:g} Sekunden abgebrochen (Zeitlimit)."
            )
        try:
            outcome = receiver.recv()
        except EOFError:
            child.join(5)
            raise RenderLimitExceeded(_death_message(child.exitcode, memory_mb)) from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join(5)
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def _death_message(exitcode: int | None, memory_mb: int) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        return f"Die PDF-Erstellung wurde vom System beendet ({name}); vermutlich zu groß für {memory_mb} MiB."
    return f"Die PDF-Erstellung ist abgestürzt (Exit-Code {exitcode})."


def _child(sender, html: str, epoch: int, memory_mb: int) -> None:
    # Released when memory runs out, so that the report can still be built and sent.
    reserve = bytearray(_REPORT_RESERVE_BYTES)
    _limit_memory(memory_mb)
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
