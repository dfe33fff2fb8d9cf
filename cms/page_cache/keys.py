"""Cache keys of the page cache and the per-path generations behind them.

An entry is stored under host, path and normalised query string; it remembers
the generation of its path. Invalidating a path bumps that generation, so every
query-string variant of it (the catalogue's filters) is stale at once without
knowing which variants exist. The generation ignores the host: Wagtail names a
page by its site's hostname, readers reach it under aliases and ports, and a
purge must reach all of them.
"""

import hashlib
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import BaseCache, caches

ENTRY_PREFIX = "iqpage:e:"
GENERATION_PREFIX = "iqpage:g:"


def page_cache() -> BaseCache:
    return caches[settings.IQ_PAGE_CACHE_ALIAS]


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


def query_normalised(query_string: str) -> str:
    """The same filters in any order are one entry."""
    if not query_string:
        return ""
    return urlencode(sorted(parse_qsl(query_string, keep_blank_values=True)))


def entry_key(*, host: str, path: str, query_string: str) -> str:
    return ENTRY_PREFIX + _digest(f"{host}\n{path}\n{query_normalised(query_string)}")


def generation_key(*, path: str) -> str:
    return GENERATION_PREFIX + _digest(path)


def path_invalidate(*, path: str) -> None:
    """Make every stored variant of ``path`` stale."""
    cache = page_cache()
    key = generation_key(path=path)
    try:
        cache.incr(key)
    except ValueError:
        # Never stored, or evicted: a value no stored entry can carry, so an entry
        # written before an eviction never matches again.
        cache.set(key, time.time_ns(), None)
