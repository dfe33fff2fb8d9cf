"""An alert's filter: the catalogue's query string, canonical and in words."""

from django.db.models import Q
from django.http import QueryDict

from cms.catalogue.query import CatalogueQuery
from cms.models.catalogue_entry import CatalogueFacetValue
from cms.search import german


def alert_filter_from_params(*, params: QueryDict) -> tuple[str, tuple[str, ...]]:
    """The filter part of a catalogue URL's parameters, in the catalogue's own
    order, so one selection is one subscription however its URL was written;
    and the notes on what was dropped from it."""
    query = CatalogueQuery.from_params(params)
    notes = query.notes
    if query.q and not german.query_words(query.q):
        # It would match everything, as the catalogue itself says.
        notes += (f"„{query.q}“ enthält kein Wort, nach dem sich suchen lässt; der Suchbegriff wurde weggelassen.",)
        query = query.with_q("")
    return query.filter_querystring(), notes


def alert_filter_query(*, filter_querystring: str) -> CatalogueQuery:
    return CatalogueQuery.from_params(QueryDict(filter_querystring))


def alert_filter_describe(*, filter_querystring: str) -> str:
    """The selection in words, values by the names readers see in the
    catalogue („Thema: Anerkennung“ rather than „thema: anerkennung“)."""
    query = alert_filter_query(filter_querystring=filter_querystring)
    facet_labels = {facet.param: facet.label for facet in query.facets}
    value_labels = _value_labels(query)
    parts = [f"Suchbegriff „{query.q}“"] if query.q else []
    for param, values in query.selected:
        named = ", ".join(value_labels.get((param, value), value) for value in values)
        parts.append(f"{facet_labels[param]}: {named}")
    return " · ".join(parts) or "alle Publikationen"


def _value_labels(query: CatalogueQuery) -> dict[tuple[str, str], str]:
    if not query.selected:
        return {}
    wanted = Q()
    for param, values in query.selected:
        wanted |= Q(facet=param, value__in=values)
    rows = CatalogueFacetValue.objects.filter(wanted).values_list("facet", "value", "label").order_by()
    return {(facet, value): label for facet, value, label in rows}
