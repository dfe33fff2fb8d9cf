"""Attempts counted in the default cache, per tier, and a lock once a limit is reached.

A count lives for the cool-off from its first attempt. Reaching the limit
replaces it by a lock for the cool-off, so the wait a refusal names is the real
one, and a new count starts after it. The default cache is shared by every
process in production (Redis), so a limit holds across processes. Keys are HMACs under the site's secret: the
cache holds no readable address.
"""

import hashlib
import hmac
import logging
import math
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from .kinds import TIERS, ThrottleKind
from .window import window_count

logger = logging.getLogger("cms.throttling")


@dataclass(frozen=True)
class Lock:
    kind: ThrottleKind
    until: datetime

    @property
    def message(self) -> str:
        minutes = max(1, math.ceil((self.until - timezone.now()).total_seconds() / 60))
        return self.kind.message.format(wait="einer Minute" if minutes == 1 else f"{minutes} Minuten")


def throttle_lock(*, kind: ThrottleKind, address: str | None, target: str) -> Lock | None:
    """The lock that refuses this client at this target now, if any (one cache read)."""
    ends = cache.get_many([_key(kind, tier, identity, "lock") for tier, identity in _identities(address, target)])
    if not ends:
        return None
    return Lock(kind=kind, until=datetime.fromtimestamp(max(ends.values()), tz=UTC))


def throttle_count(*, kind: ThrottleKind, address: str | None, target: str) -> Lock | None:
    """Count one attempt; the lock it starts if it reaches a limit."""
    seconds = int(kind.cooloff.total_seconds())
    until = timezone.now() + kind.cooloff
    reached = []
    for tier, identity in _identities(address, target):
        limit = kind.limit(tier)
        if limit <= 0:
            continue
        key = _key(kind, tier, identity, "count")
        if window_count(key=key, timeout=seconds) >= limit:
            cache.set(_key(kind, tier, identity, "lock"), until.timestamp(), timeout=seconds)
            cache.delete(key)
            reached.append(tier)
    if not reached:
        return None
    logger.warning(
        "Throttled %s: %s at %s locked for %s minutes (limit reached: %s)",
        kind.name,
        address or "unknown address",
        target,
        seconds // 60,
        ", ".join(reached),
    )
    return Lock(kind=kind, until=until)


def _identities(address: str | None, target: str) -> list[tuple[str, str]]:
    address = address or "-"
    identities = {"address_and_target": f"{address}|{target}", "address": address, "target": target}
    return [(tier, identities[tier]) for tier in TIERS]


def _key(kind: ThrottleKind, tier: str, identity: str, purpose: str) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{kind.name}:{tier}:{identity}".encode(), hashlib.sha256)
    return f"throttle:{kind.name}:{tier}:{purpose}:{digest.hexdigest()}"
