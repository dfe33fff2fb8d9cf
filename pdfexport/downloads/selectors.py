"""Reads of the persisted download figures, as the report and its exports show them."""

import datetime
from dataclasses import dataclass

from django.db.models import Min, QuerySet, Sum
from django.db.models.functions import TruncMonth
from django.utils.formats import date_format

from wagtail.models import Page

from ..models import PdfDownloadDay
from .periods import Period


@dataclass(frozen=True)
class DownloadRow:
    """One line of the report or of an export: a publication, optionally in one month."""

    page_id: int
    title: str
    type_label: str
    downloads: int
    month: datetime.date | None = None

    @property
    def month_label(self) -> str:
        # ISO months sort correctly in every spreadsheet.
        return self.month.strftime("%Y-%m") if self.month else ""

    @property
    def month_display(self) -> str:
        return date_format(self.month, "F Y") if self.month else ""


def _days(*, period: Period, page_id: int | None = None) -> QuerySet:
    days = PdfDownloadDay.objects.filter(day__lte=period.last)
    if period.first is not None:
        days = days.filter(day__gte=period.first)
    if page_id is not None:
        days = days.filter(page_id=page_id)
    return days


def downloads_first_day(*, page_id: int | None = None) -> datetime.date | None:
    days = PdfDownloadDay.objects.all() if page_id is None else PdfDownloadDay.objects.filter(page_id=page_id)
    return days.aggregate(first=Min("day"))["first"]


def downloads_top(*, period: Period) -> QuerySet:
    """Publications by downloads in the period, most first: dicts of ``page_id`` and ``downloads``."""
    return (
        _days(period=period)
        .values("page_id")
        .annotate(downloads=Sum("count"))
        .filter(downloads__gt=0)
        .order_by("-downloads", "page_id")
    )


def downloads_by_month(*, period: Period, page_id: int | None = None) -> list[tuple[int, datetime.date, int]]:
    """(page id, first day of month, downloads) in the period, by month, then most downloaded."""
    rows = (
        _days(period=period, page_id=page_id)
        .annotate(month=TruncMonth("day"))
        .values("page_id", "month")
        .annotate(downloads=Sum("count"))
        .order_by("month", "-downloads", "page_id")
    )
    return [(row["page_id"], _as_date(row["month"]), row["downloads"]) for row in rows]


def _as_date(value) -> datetime.date:
    # TruncMonth of a DateField is a date; some backends hand back a datetime.
    return value.date() if isinstance(value, datetime.datetime) else value


def downloads_describe(*, page_ids) -> dict[int, tuple[str, str]]:
    """(title, type label) per page id, in one query."""
    pages = Page.objects.filter(pk__in=set(page_ids)).only("title", "content_type")
    return {page.pk: (page.title, _type_label(page)) for page in pages}


def _type_label(page: Page) -> str:
    model = page.specific_class
    if model is None:
        return ""
    return getattr(model, "publication_type_label", None) or str(model._meta.verbose_name)


def downloads_rows(*, entries) -> list[DownloadRow]:
    """``DownloadRow``s of (page id, month or None, downloads) triples."""
    entries = list(entries)
    described = downloads_describe(page_ids=[page_id for page_id, _, _ in entries])
    rows = []
    for page_id, month, downloads in entries:
        title, type_label = described.get(page_id, ("(gelöschte Seite)", ""))
        rows.append(DownloadRow(page_id=page_id, title=title, type_label=type_label, downloads=downloads, month=month))
    return rows
