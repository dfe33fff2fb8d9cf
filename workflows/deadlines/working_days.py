"""Working days: Monday to Friday except the nationwide German federal holidays.

Regional holidays (Fronleichnam, Reformationstag, …) count as working days:
the team works across Länder, and a deadline must mean the same for everyone.
"""

import datetime
import functools

import holidays


@functools.cache
def _federal_holidays(year: int) -> holidays.HolidayBase:
    # Without a subdivision the package lists the nationwide holidays only.
    return holidays.country_holidays("DE", years=year, language="de")


def holiday_name(*, day: datetime.date) -> str | None:
    """The federal holiday on ``day`` („Tag der Deutschen Einheit“), or None."""
    return _federal_holidays(day.year).get(day)


def is_working_day(*, day: datetime.date) -> bool:
    return day.weekday() < 5 and holiday_name(day=day) is None


def working_days_after(*, start: datetime.date, days: int) -> datetime.date:
    """The ``days``-th working day after ``start`` (``start`` itself does not count)."""
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    while days:
        day += datetime.timedelta(days=1)
        if is_working_day(day=day):
            days -= 1
    return day


def previous_working_day(*, day: datetime.date) -> datetime.date:
    """The last working day before ``day``: when the reminder goes out."""
    day -= datetime.timedelta(days=1)
    while not is_working_day(day=day):
        day -= datetime.timedelta(days=1)
    return day
