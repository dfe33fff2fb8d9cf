"""Answering a catalogue query: the page of results, the facet counts, the
help when nothing matched. A fixed number of queries, however many
publications there are: one per facet with a selection, one for the others,
one count, one page of entries and their cover renditions."""

from dataclasses import dataclass

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext

from cms.models.catalogue_entry import CatalogueEntry, CatalogueFacetValue
from cms.search.languages import analysis_for

from .facets import FACETS, FacetCounts, facet_options
from .labels import facet_value_label
from .query import LANGUAGE_PARAM, CatalogueQuery, Sort
from .search import entries_matching


@dataclass
class CatalogueResults:
    query: CatalogueQuery
    page: Page
    facets: list[FacetCounts]
    notes: list[str]
    scored: bool

    @property
    def count(self) -> int:
        return self.page.paginator.count


def catalogue_filtered(*, query: CatalogueQuery) -> tuple[QuerySet[CatalogueEntry], bool]:
    """The entries matching the query's search and all its facets, unordered."""
    matching, scored = entries_matching(q=query.q, language=query.edition_language)
    return matching.filter(*_conditions(query), *_edition_conditions(query)), scored


def catalogue_search(*, query: CatalogueQuery, per_page: int) -> CatalogueResults:
    notes = list(query.notes)
    if query.q and not analysis_for(query.edition_language).query_words(query.q):
        notes.append(
            gettext("„%(q)s“ enthält kein Wort, nach dem sich suchen lässt; gezeigt werden alle Publikationen.")
            % {"q": query.q}
        )
        query = query.with_q("")
    matching, scored = entries_matching(q=query.q, language=query.edition_language)
    query = _known_values_only(query, notes=notes)
    results = matching.filter(*_conditions(query), *_edition_conditions(query))
    results = _ordered(results, sort=query.effective_sort, scored=scored)
    results = results.select_related("page", "cover").prefetch_related("cover__renditions")
    page = results_page(Paginator(results, per_page), number=query.page, notes=notes)
    return CatalogueResults(
        query=query, page=page, facets=_facet_counts(matching, query=query), notes=notes, scored=scored
    )


def count_without(*, query: CatalogueQuery, param: str) -> int:
    """How many would match without the facet ``param``: help for an empty result."""
    matching, _ = entries_matching(q=query.q, language=query.edition_language)
    narrower = query.without_facet(param)
    return matching.filter(*_conditions(narrower), *_edition_conditions(narrower)).count()


def _conditions(query: CatalogueQuery, *, except_param: str | None = None) -> list[Exists]:
    return [
        Exists(CatalogueFacetValue.objects.filter(entry=OuterRef("pk"), facet=param, value__in=values))
        for param, values in query.selected
        if param != except_param
    ]


def _edition_conditions(query: CatalogueQuery) -> list[Q]:
    """Only the reader's language's editions, unless they chose languages themselves."""
    language = query.default_edition_language
    return [Q(edition_language=language)] if language else []


def _known_values_only(query: CatalogueQuery, *, notes: list[str]) -> CatalogueQuery:
    """Drop selected values no publication has ever had (a stale or made-up link)."""
    if not query.selected:
        return query
    wanted = Q()
    for param, values in query.selected:
        wanted |= Q(facet=param, value__in=values)
    known = set(CatalogueFacetValue.objects.filter(wanted).values_list("facet", "value").distinct())
    for param, values in query.selected:
        for value in values:
            if (param, value) not in known:
                notes.append(filter_unknown_note(value))
                query = query.without_value(param, value)
    return query


def filter_unknown_note(value: str) -> str:
    """Shared by the directory."""
    return gettext("Den Filter „%(value)s“ gibt es nicht (mehr); er wurde entfernt.") % {"value": value}


def _ordered(results: QuerySet, *, sort: str, scored: bool) -> QuerySet:
    if sort == Sort.TITLE:
        return results.order_by("title", "-date")
    if sort == Sort.RELEVANCE and scored:
        return results  # The backend's order: best match first.
    return results.order_by("-date", "title")


def results_page(paginator: Paginator, *, number: str, notes: list[str]) -> Page:
    """The page ``number`` asked for, or the nearest one with a note why; shared by the directory."""
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        notes.append(gettext("„%(number)s“ ist keine Seitenzahl; angezeigt wird die erste Seite.") % {"number": number})
        return paginator.page(1)
    except EmptyPage:
        last = paginator.num_pages
        notes.append(
            gettext("Seite %(number)s gibt es nicht; angezeigt wird die letzte Seite (%(last)s).")
            % {"number": number, "last": last}
        )
        return paginator.page(last)


def _facet_counts(matching: QuerySet, *, query: CatalogueQuery) -> list[FacetCounts]:
    """For every facet, each value with the number a reader would get by adding
    it: counted over the other facets' selection, not the facet's own."""
    rows: dict[str, list[tuple[str, str, int]]] = {facet.param: [] for facet in FACETS}
    unselected = [facet.param for facet in FACETS if not query.values(facet.param)]
    if unselected:
        # Counted over every language and summed per value here, in the same one
        # query: the language facet counts them all, so the other language can be
        # chosen; the others count what the listing shows, the reader's language.
        language = query.default_edition_language
        entries = matching.filter(*_conditions(query)).values("pk")
        counted: dict[tuple[str, str], list] = {}
        for facet, value, label, edition, count in _grouped_by_edition(entries, facets=unselected):
            if not language or facet == LANGUAGE_PARAM or edition == language:
                counted.setdefault((facet, value), [label, 0])[1] += count
        for (facet, value), (label, count) in counted.items():
            rows[facet].append((value, facet_value_label(facet, value, label), count))
    for param, _ in query.selected:
        entries = matching.filter(*_conditions(query, except_param=param), *_edition_conditions(query)).values("pk")
        for _, value, label, count in _grouped(entries, facets=[param]):
            rows[param].append((value, facet_value_label(param, value, label), count))
    return [facet_options(facet=facet, rows=rows[facet.param], selected=query.values(facet.param)) for facet in FACETS]


def _grouped_by_edition(entries: QuerySet, *, facets: list[str]):
    return (
        CatalogueFacetValue.objects.filter(entry__in=entries, facet__in=facets)
        .values_list("facet", "value", "label", "entry__edition_language")
        .annotate(count=Count("entry"))
        .order_by()
    )


def _grouped(entries: QuerySet, *, facets: list[str]):
    return (
        CatalogueFacetValue.objects.filter(entry__in=entries, facet__in=facets)
        .values_list("facet", "value", "label")
        .annotate(count=Count("entry"))
        .order_by()
    )
