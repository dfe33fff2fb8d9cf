"""An alert's filter: the catalogue's query string, canonical and in words."""

from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import get_language, gettext

from cms.catalogue.labels import facet_value_label
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
        notes += (
            gettext("„%(q)s“ enthält kein Wort, nach dem sich suchen lässt; der Suchbegriff wurde weggelassen.")
            % {"q": query.q},
        )
        query = query.with_q("")
    return query.filter_querystring(), notes


def alert_filter_query(*, filter_querystring: str) -> CatalogueQuery:
    return CatalogueQuery.from_params(QueryDict(filter_querystring))


def alert_filter_describe(*, filter_querystring: str) -> str:
    """The selection in words, in the active language, values by the names readers
    see in the catalogue („Thema: Anerkennung“ rather than „thema: anerkennung“)."""
    query = alert_filter_query(filter_querystring=filter_querystring)
    facet_labels = {facet.param: facet.label for facet in query.facets}
    value_labels = _value_labels(query)
    parts = [gettext("Suchbegriff „%(q)s“") % {"q": query.q}] if query.q else []
    for param, values in query.selected:
        named = ", ".join(value_labels.get((param, value), value) for value in values)
        parts.append(f"{facet_labels[param]}: {named}")
    return " · ".join(parts) or gettext("alle Publikationen")


def _value_labels(query: CatalogueQuery) -> dict[tuple[str, str], str]:
    if not query.selected:
        return {}
    wanted = Q()
    for param, values in query.selected:
        wanted |= Q(facet=param, value__in=values)
    rows = CatalogueFacetValue.objects.filter(wanted).values_list("facet", "value", "label", "entry__edition_language")
    language = get_language()
    labels: dict[tuple[str, str], str] = {}
    # A topic is named in each language's entries; an entry of the reader's language names it best.
    for facet, value, label, edition in rows.order_by().distinct():
        if (facet, value) not in labels or edition == language:
            labels[(facet, value)] = facet_value_label(facet, value, label)
    return labels
