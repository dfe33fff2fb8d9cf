"""The download counters in the ``downloads`` cache and how to find them again.

The Django cache API cannot list keys, so every day keeps its own index: the
first download of a page on a day takes the next slot of that day's index
(an atomic ``incr``) and writes the page id into it. ``downloads_persist``
reads the index of each recent day and then the counters it names. Only the
first download of a page per day pays for the index; every other one is a
single ``incr``.

Keys (version 1 of this layout, hence ``dl1``):

- ``dl1:<day>:<page id>``: downloads of the page on that day, not yet persisted
- ``dl1:<day>:n``: how many slots the day's index has
- ``dl1:<day>:slot:<n>``: the page id in slot n
"""

import datetime
from collections.abc import Iterable

from django.core.cache import caches

CACHE_ALIAS = "downloads"
#: How long a counter may wait for ``downloads_persist``; it runs every few minutes.
KEY_TTL_SECONDS = 35 * 24 * 3600
#: The days ``downloads_persist`` looks at: a cron that stopped for a while still finds its counters.
WINDOW_DAYS = 35
_LOCK = "dl1:persist-lock"


def downloads_cache():
    return caches[CACHE_ALIAS]


def _counter_key(day: datetime.date, page_id: int) -> str:
    return f"dl1:{day.isoformat()}:{page_id}"


def _length_key(day: datetime.date) -> str:
    return f"dl1:{day.isoformat()}:n"


def _slot_key(day: datetime.date, slot: int) -> str:
    return f"dl1:{day.isoformat()}:slot:{slot}"


def _incr_or_create(cache, key: str) -> tuple[int, bool]:
    """Increment ``key``, creating it at 1; says whether this call created it."""
    try:
        return cache.incr(key), False
    except ValueError:
        if cache.add(key, 1, KEY_TTL_SECONDS):
            return 1, True
        return cache.incr(key), False  # another process created it in between


def counter_increment(*, page_id: int, day: datetime.date) -> None:
    cache = downloads_cache()
    _, created = _incr_or_create(cache, _counter_key(day, page_id))
    if created:
        slot, _ = _incr_or_create(cache, _length_key(day))
        cache.set(_slot_key(day, slot), page_id, KEY_TTL_SECONDS)


def counters_read(*, days: Iterable[datetime.date]) -> dict[tuple[datetime.date, int], int]:
    """The counters of ``days`` that are above zero, by (day, page id)."""
    cache = downloads_cache()
    days = list(days)
    lengths = cache.get_many([_length_key(day) for day in days])
    slot_keys = {
        _slot_key(day, slot): day for day in days for slot in range(1, (lengths.get(_length_key(day)) or 0) + 1)
    }
    # A slot that is not written yet (its download is between ``incr`` and ``set``) is found next run.
    pages = {(slot_keys[key], page_id) for key, page_id in cache.get_many(list(slot_keys)).items()}
    counter_keys = {_counter_key(day, page_id): (day, page_id) for day, page_id in pages}
    values = cache.get_many(list(counter_keys))
    return {counter_keys[key]: value for key, value in values.items() if value and value > 0}


def counters_take(*, counts: dict[tuple[datetime.date, int], int]) -> None:
    """Subtract what was read: downloads counted since the read stay in the cache."""
    cache = downloads_cache()
    for (day, page_id), value in counts.items():
        cache.decr(_counter_key(day, page_id), value)


def counters_give_back(*, counts: dict[tuple[datetime.date, int], int]) -> None:
    """Undo ``counters_take`` when the database refused the counts."""
    cache = downloads_cache()
    for (day, page_id), value in counts.items():
        _incr_or_create_by(cache, _counter_key(day, page_id), value)


def _incr_or_create_by(cache, key: str, delta: int) -> None:
    try:
        cache.incr(key, delta)
    except ValueError:
        if not cache.add(key, delta, KEY_TTL_SECONDS):
            cache.incr(key, delta)


def counters_forget_day(*, day: datetime.date) -> None:
    """Delete a finished day's counters and index. Only for days nobody can
    download on any more: an increment after the delete would start afresh."""
    cache = downloads_cache()
    length = cache.get(_length_key(day)) or 0
    slot_keys = [_slot_key(day, slot) for slot in range(1, length + 1)]
    page_ids = cache.get_many(slot_keys).values()
    cache.delete_many([*(_counter_key(day, page_id) for page_id in page_ids), *slot_keys, _length_key(day)])


def persist_lock_acquire(*, timeout: int) -> bool:
    """Two runs at once would both subtract and both store the same counts."""
    return downloads_cache().add(_LOCK, 1, timeout)


def persist_lock_release() -> None:
    downloads_cache().delete(_LOCK)
