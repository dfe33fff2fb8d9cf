"""Answering a directory query: the page of subprojects and the facet counts.

A fixed number of queries, however many subprojects there are: one per facet
(counted over the other facets' selection, as the catalogue counts), one per
selected facet to drop values no subproject has, one count and one page with
its related rows.
"""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.utils.translation import gettext

from cms.catalogue.facets import FacetCounts, facet_options
from cms.catalogue.query import CatalogueQuery
from cms.catalogue.results import filter_unknown_note, results_page
from cms.models.subproject import Subproject
from cms.search import german

from .facets import SUBPROJECT_FACETS, condition, facet_rows, is_well_formed
from .search import subprojects_matching


@dataclass
class SubprojectResults:
    query: CatalogueQuery
    page: Page
    facets: list[FacetCounts]
    notes: list[str]
    scored: bool

    @property
    def count(self) -> int:
        return self.page.paginator.count


def subproject_search(*, query: CatalogueQuery, per_page: int) -> SubprojectResults:
    notes = list(query.notes)
    if query.q and not german.query_words(query.q):
        notes.append(
            gettext("„%(q)s“ enthält kein Wort, nach dem sich suchen lässt; gezeigt werden alle Teilprojekte.")
            % {"q": query.q}
        )
        query = query.with_q("")
    matching, scored = subprojects_matching(q=query.q)
    query = _known_values_only(query, notes=notes)
    results = matching.filter(*_conditions(query))
    if not (query.q and scored):
        results = results.order_by("name")
    results = results.select_related("carrier", "network", "action_area", "funding_period").prefetch_related(
        "target_groups"
    )
    page = results_page(Paginator(results, per_page), number=query.page, notes=notes)
    return SubprojectResults(
        query=query, page=page, facets=_facet_counts(matching, query=query), notes=notes, scored=scored
    )


def _conditions(query: CatalogueQuery, *, except_param: str | None = None) -> list:
    return [condition(param, values) for param, values in query.selected if param != except_param]


def _known_values_only(query: CatalogueQuery, *, notes: list[str]) -> CatalogueQuery:
    """Drop selected values no subproject has (a stale or made-up link)."""
    for param, values in query.selected:
        known = {value for value, _, _ in facet_rows(Subproject.objects.all(), param=param)}
        for value in values:
            if not is_well_formed(param, value) or value not in known:
                notes.append(filter_unknown_note(value))
                query = query.without_value(param, value)
    return query


def _facet_counts(matching: QuerySet, *, query: CatalogueQuery) -> list[FacetCounts]:
    counts = []
    for facet in SUBPROJECT_FACETS:
        # Through the ids: a ranked search result does not group cleanly.
        subprojects = Subproject.objects.filter(
            pk__in=matching.filter(*_conditions(query, except_param=facet.param)).values("pk")
        )
        rows = facet_rows(subprojects, param=facet.param)
        counts.append(facet_options(facet=facet, rows=rows, selected=query.values(facet.param)))
    return counts
