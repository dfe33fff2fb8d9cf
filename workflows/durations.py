"""Durations as people say them: „seit 4 Tagen“, „vor einer Stunde“.

One wording for the dashboard, the editor's messages and the e-mails. Django's
``timesince`` says „4 Tage“, which does not fit after „seit“ or „vor“ (both
take the dative), and a raw count of minutes („seit 5760 Minuten“) is not
how anyone speaks. The largest whole unit wins and is rounded down: after
47 hours a stage waits „seit einem Tag“, not „seit 2 Tagen“.
"""

import datetime

_UNITS = (
    # seconds, singular (dative), plural (dative)
    (86400, "einem Tag", "Tagen"),
    (3600, "einer Stunde", "Stunden"),
    (60, "einer Minute", "Minuten"),
)


def duration_dative(*, since: datetime.datetime, now: datetime.datetime) -> str:
    """„4 Tagen“, „einer Stunde“, „weniger als einer Minute“; a time in the
    future (clocks of two machines) counts as just now."""
    seconds = max(int((now - since).total_seconds()), 0)
    for size, one, many in _UNITS:
        count = seconds // size
        if count == 1:
            return one
        if count > 1:
            return f"{count} {many}"
    return "weniger als einer Minute"


def since_label(*, since: datetime.datetime, now: datetime.datetime) -> str:
    """„seit 4 Tagen“: how long something has been waiting or running."""
    return f"seit {duration_dative(since=since, now=now)}"


def ago_label(*, since: datetime.datetime, now: datetime.datetime) -> str:
    """„vor 4 Tagen“: when something last happened."""
    return f"vor {duration_dative(since=since, now=now)}"
