"""The planned go-live date of a revision under review.

Editors plan a publication with Wagtail's „Veröffentlichung planen“
(``go_live_at``); the date travels in the submitted revision's content. The
final approval publishes that revision, and Wagtail then schedules it instead
of putting it online when the date is still ahead (``approved_go_live_at``).
Reviewers must know the date before they decide, and the submitter must be
told which of the two happened.
"""

import datetime

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format

from wagtail.models import Revision


def go_live_parse(value: str | None) -> datetime.datetime | None:
    """A ``go_live_at`` as revisions store it (ISO 8601 from Django's JSON
    encoder, ``…Z`` for UTC), or None when it is unset or unreadable."""
    if not value:
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        return None
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, datetime.UTC)
    return parsed


def planned_go_live(*, revision: Revision | None) -> datetime.datetime | None:
    """When the editor wants this revision online; None for "as soon as approved"."""
    if revision is None:
        return None
    return go_live_parse((revision.content or {}).get("go_live_at"))


def scheduled_go_live(*, revision: Revision | None, now: datetime.datetime) -> datetime.datetime | None:
    """When an approved revision will go online, if Wagtail scheduled it rather
    than publishing it at once; None when it is live already (or was never published)."""
    if revision is None or revision.approved_go_live_at is None:
        return None
    return revision.approved_go_live_at if revision.approved_go_live_at > now else None


def go_live_text(*, when: datetime.datetime) -> str:
    """„1. Dezember 2026, 10:00 Uhr“ in the site's time zone."""
    return f"{date_format(timezone.localtime(when), 'j. F Y, H:i')} Uhr"
