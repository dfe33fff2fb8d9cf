"""The periods the download report offers: this month, the last twelve
months, a calendar year, all time. Days and months are Europe/Berlin's."""

import datetime
from dataclasses import dataclass

from .counting import download_day

THIS_MONTH = "monat"
LAST_12_MONTHS = "12-monate"
ALL_TIME = "gesamt"
DEFAULT = LAST_12_MONTHS


@dataclass(frozen=True)
class Period:
    label: str
    first: datetime.date | None  # None: since the first download
    last: datetime.date

    def months(self, *, since: datetime.date | None) -> list[datetime.date]:
        """First days of the months the period covers, oldest first; an open
        period starts at ``since`` (the first recorded day), or is empty without it."""
        first = self.first or since
        if first is None:
            return []
        month, months = first.replace(day=1), []
        while month <= self.last:
            months.append(month)
            month = _next_month(month)
        return months


def _next_month(month: datetime.date) -> datetime.date:
    return month.replace(year=month.year + 1, month=1) if month.month == 12 else month.replace(month=month.month + 1)


def period_choices(*, first_year: int | None) -> list[tuple[str, str]]:
    today = download_day()
    years = range(today.year, (first_year or today.year) - 1, -1)
    return [
        (THIS_MONTH, "Dieser Monat"),
        (LAST_12_MONTHS, "Letzte 12 Monate"),
        *((str(year), f"Jahr {year}") for year in years),
        (ALL_TIME, "Gesamter Zeitraum"),
    ]


def period_resolve(key: str) -> Period:
    """The period a choice of ``period_choices`` names; ValueError for anything else."""
    today = download_day()
    if key == THIS_MONTH:
        return Period(label="Dieser Monat", first=today.replace(day=1), last=today)
    if key == LAST_12_MONTHS:
        start = today.replace(day=1)
        for _ in range(11):
            start = (start - datetime.timedelta(days=1)).replace(day=1)
        return Period(label="Letzte 12 Monate", first=start, last=today)
    if key == ALL_TIME:
        return Period(label="Gesamter Zeitraum", first=None, last=today)
    if key.isdigit() and len(key) == 4 and 2000 <= int(key) <= today.year:
        year = int(key)
        return Period(
            label=f"Jahr {year}", first=datetime.date(year, 1, 1), last=min(datetime.date(year, 12, 31), today)
        )
    raise ValueError(key)
