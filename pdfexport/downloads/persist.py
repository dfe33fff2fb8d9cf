"""Moving the download counters from the cache into ``PdfDownloadDay`` rows.

Run by cron (``manage.py downloads_persist``) every few minutes, or as the job
``persist_pdf_downloads``. Downloads go on while it runs, so it never resets
a counter: it subtracts what it read, and what was counted since stays for the
next run. The counts are added to the rows with ``F()`` (no read-modify-write
in Python), the same on SQLite and PostgreSQL. If the database refuses them,
they are given back to the cache. Between subtracting and committing, a
crashing process loses those counts; it never counts them twice.
"""

import datetime
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F

from wagtail.models import Page

from ..models import PdfDownloadDay
from .counters import (
    WINDOW_DAYS,
    counters_forget_day,
    counters_give_back,
    counters_read,
    counters_take,
    persist_lock_acquire,
    persist_lock_release,
)
from .counting import download_day

#: Longer than any run: a crashed run's lock expires by itself.
LOCK_SECONDS = 600


@dataclass(frozen=True)
class PersistOutcome:
    downloads: int
    rows: int
    skipped: bool = False  # another run held the lock


def downloads_persist(*, today: datetime.date | None = None) -> PersistOutcome:
    if not persist_lock_acquire(timeout=LOCK_SECONDS):
        return PersistOutcome(downloads=0, rows=0, skipped=True)
    try:
        return _persist(today=today or download_day())
    finally:
        persist_lock_release()


def _persist(*, today: datetime.date) -> PersistOutcome:
    days = [today - datetime.timedelta(days=offset) for offset in range(WINDOW_DAYS)]
    counts = counters_read(days=days)
    counters_take(counts=counts)
    existing = set(Page.objects.filter(pk__in={page_id for _, page_id in counts}).values_list("pk", flat=True))
    # The counts of a page deleted meanwhile have nowhere to go.
    kept = {key: value for key, value in counts.items() if key[1] in existing}
    try:
        with transaction.atomic():
            for (day, page_id), value in kept.items():
                _add(page_id=page_id, day=day, value=value)
    except Exception:
        counters_give_back(counts=kept)
        raise
    # A download is counted for the day it started; by the day after next, no request is still running.
    for day in days:
        if day < today - datetime.timedelta(days=1):
            counters_forget_day(day=day)
    return PersistOutcome(downloads=sum(kept.values()), rows=len(kept))


def _add(*, page_id: int, day: datetime.date, value: int) -> None:
    rows = PdfDownloadDay.objects.filter(page_id=page_id, day=day)
    if rows.update(count=F("count") + value):
        return
    try:
        with transaction.atomic():
            PdfDownloadDay.objects.create(page_id=page_id, day=day, count=value)
    except IntegrityError:
        # Created by someone else between the update and the insert.
        rows.update(count=F("count") + value)
