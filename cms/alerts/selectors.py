"""Reads: which new publications an alert's filter matches."""

from django.db.models import QuerySet

from cms.catalogue.results import catalogue_filtered
from cms.models.catalogue_entry import CatalogueEntry, EntryStatus

from .filters import alert_filter_query


def alert_news(*, filter_querystring: str, candidates: QuerySet[CatalogueEntry]) -> list[CatalogueEntry]:
    """Those of ``candidates`` the filter matches, newest first; withdrawn and
    superseded publications are not news."""
    matching, _ = catalogue_filtered(query=alert_filter_query(filter_querystring=filter_querystring))
    found = matching.filter(pk__in=candidates.values("pk"), status=EntryStatus.CURRENT)
    return list(
        CatalogueEntry.objects.filter(pk__in=found.values("pk")).select_related("page").order_by("-date", "title")
    )
