"""A counter in the default cache that lives for a fixed window from its first count.

Shared by every limit that counts requests (throttles, alert sign-ups): in
production the cache is Redis, where ``add`` then ``incr`` is atomic, so the
count holds across processes.
"""

from django.core.cache import cache


def window_count(*, key: str, timeout: int) -> int:
    """Count one more under ``key``; the total within the window that the first count started."""
    # ``add`` starts the window only once.
    if cache.add(key, 1, timeout=timeout):
        return 1
    try:
        return cache.incr(key)
    except ValueError:
        # Expired between add and incr: a new window.
        cache.add(key, 1, timeout=timeout)
        return 1
