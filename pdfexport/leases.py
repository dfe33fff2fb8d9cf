"""Leases on PDF renders: a render belongs to a worker only while that worker says so.

Claiming a ``PdfRender`` sets it "rendering" and stamps ``updated_at``; while the
child renders, a thread of the claiming worker renews the stamp every
``IQ_PDF_HEARTBEAT_SECONDS``. A worker killed with SIGKILL renews nothing, so
``IQ_PDF_LEASE_SECONDS`` after its last renewal the lease has lapsed: another
job may claim the render (``lease_claim``), and ``requeue.py`` fails the dead
job and queues a fresh one. The claim counter ``attempts`` is the lease's
token, so a worker that lost its lease cannot renew the next holder's.
"""

import datetime
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import DatabaseError, connections, transaction
from django.db.models import F, Q
from django.utils import timezone

from .models import PdfRender

logger = logging.getLogger(__name__)


def lease_cutoff(*, now: datetime.datetime | None = None) -> datetime.datetime:
    """A render whose lease was last renewed before this is nobody's any more."""
    return (now or timezone.now()) - datetime.timedelta(seconds=settings.IQ_PDF_LEASE_SECONDS)


def lease_claim(*, render_id: int) -> int | None:
    """Claim the render unless a live worker holds it; returns the lease token, or None."""
    with transaction.atomic():
        claimed = (
            PdfRender.objects.filter(pk=render_id)
            .filter(~Q(status=PdfRender.Status.RENDERING) | Q(updated_at__lt=lease_cutoff()))
            .update(status=PdfRender.Status.RENDERING, attempts=F("attempts") + 1, updated_at=timezone.now())
        )
        if claimed != 1:
            return None
        return PdfRender.objects.values_list("attempts", flat=True).get(pk=render_id)


@contextmanager
def lease_heartbeat(*, render_id: int, token: int) -> Iterator[None]:
    """Renew the lease from a thread while the block runs (the worker's main
    thread only waits for the render child meanwhile)."""
    stop = threading.Event()
    # Started before the render child is forked; at the fork it only waits on
    # its event and holds no lock the child could need.
    beat = threading.Thread(
        target=_beat,
        kwargs={"render_id": render_id, "token": token, "stop": stop},
        name=f"pdf-lease-{render_id}",
        # Never keeps a worker alive that is shutting down.
        daemon=True,
    )
    beat.start()
    try:
        yield
    finally:
        stop.set()
        beat.join(timeout=10)


def _interval() -> float:
    # The lease must outlive two missed beats (a database busy for a moment).
    return min(settings.IQ_PDF_HEARTBEAT_SECONDS, settings.IQ_PDF_LEASE_SECONDS / 3)


def _beat(*, render_id: int, token: int, stop: threading.Event) -> None:
    try:
        while not stop.wait(_interval()):
            try:
                renewed = PdfRender.objects.filter(
                    pk=render_id, status=PdfRender.Status.RENDERING, attempts=token
                ).update(updated_at=timezone.now())
            except DatabaseError:
                # One missed beat is within the lease; the render goes on.
                logger.warning("Could not renew the lease of PDF render %s", render_id, exc_info=True)
                continue
            if renewed != 1:
                logger.warning("PDF render %s was taken over after its lease lapsed", render_id)
                return
    finally:
        # This thread's own connections; the worker's stay open.
        connections.close_all()
