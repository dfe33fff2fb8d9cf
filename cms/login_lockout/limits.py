"""The admin login's limits, one for each of axes' lockout parameters.

axes compares every parameter with one ``AXES_FAILURE_LIMIT``. An office
behind one address would then be locked as a whole by one person's typos, so
the address and the account alone get limits of their own (settings below).
"""

from datetime import timedelta

from django.conf import settings


def login_limit(parameter: str | list[str]) -> int:
    """Failures per cool-off for one entry of ``AXES_LOCKOUT_PARAMETERS``; 0 switches it off."""
    fields = frozenset([parameter] if isinstance(parameter, str) else parameter)
    if fields == {"ip_address"}:
        return settings.IQ_LOGIN_FAILURE_LIMIT_PER_ADDRESS
    if fields == {"username"}:
        return settings.IQ_LOGIN_FAILURE_LIMIT_PER_ACCOUNT
    return settings.AXES_FAILURE_LIMIT


def login_cooloff() -> timedelta:
    return settings.AXES_COOLOFF_TIME
