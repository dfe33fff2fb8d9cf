"""The failed logins of the cool-off, as the admin list „Gesperrte Anmeldungen“ shows them."""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone

from axes.models import AccessAttempt

from .limits import login_cooloff, login_limit

#: The lockout parameters in words, as the list names what a row has reached.
PARAMETER_LABELS = {
    frozenset({"username", "ip_address"}): "Konto an dieser Adresse",
    frozenset({"ip_address"}): "Adresse",
    frozenset({"username"}): "Konto",
}


@dataclass(frozen=True)
class FailedLogin:
    username: str
    ip_address: str | None
    failures: int
    last_attempt: datetime
    #: The limits this account at this address has reached, in words; empty: not locked.
    locked_by: tuple[str, ...]


def login_failures_recent() -> list[FailedLogin]:
    """One row per account and address with failures inside the cool-off, the latest first."""
    rows = list(
        AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - login_cooloff())
        .values("username", "ip_address")
        .annotate(failures=Sum("failures_since_start"), last_attempt=Max("attempt_time"))
        # Without it the model's ordering would join the grouping.
        .order_by("-last_attempt")
    )
    parameters = [
        (frozenset([parameter] if isinstance(parameter, str) else parameter), login_limit(parameter))
        for parameter in settings.AXES_LOCKOUT_PARAMETERS
    ]
    totals = {fields: Counter() for fields, _ in parameters}
    for row in rows:
        for fields in totals:
            totals[fields][_values(row, fields)] += row["failures"]
    return [
        FailedLogin(
            username=row["username"] or "",
            ip_address=row["ip_address"],
            failures=row["failures"],
            last_attempt=row["last_attempt"],
            locked_by=tuple(
                PARAMETER_LABELS.get(fields, ", ".join(sorted(fields)))
                for fields, limit in parameters
                if limit > 0 and totals[fields][_values(row, fields)] >= limit
            ),
        )
        for row in rows
    ]


def _values(row: dict, fields: frozenset[str]) -> tuple:
    return tuple(row.get(field) for field in sorted(fields))
