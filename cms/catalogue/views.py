"""The catalogue's pages: the listing with its facets and the filtered feed."""

from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext

from wagtail.models import Page

from cms.feeds import PublicationFeed
from cms.i18n.editions import active_language
from cms.search.languages import analysis_for

from .highlight import highlighted, snippet
from .query import CatalogueQuery, Sort
from .results import catalogue_filtered, catalogue_search, count_without
from .suggestions import spelling_suggestion

if TYPE_CHECKING:
    from cms.models.catalogue import CataloguePage

# More help than this is noise: the reader sees the facets anyway.
REMOVAL_HINTS_MAX = 4


def catalogue_listing(*, request: HttpRequest, page: "CataloguePage") -> HttpResponse:
    # The page is served in its own locale's language (cms/i18n/serving.py), so the
    # active language is the catalogue's, without a query for its locale.
    query = CatalogueQuery.from_params(request.GET, edition_language=active_language())
    if _is_canonical_redirect_due(request, query=query):
        return HttpResponseRedirect(page.get_url(request) + (f"?{query.querystring()}" if query.querystring() else ""))
    results = catalogue_search(query=query, per_page=page.per_page)
    query = results.query
    stems = analysis_for(query.edition_language).query_stems(query.q) if query.q else set()
    cards = [
        {
            "entry": entry,
            "title": highlighted(entry.title, stems=stems, language=query.edition_language),
            "snippet": snippet(entry.text, stems=stems, language=query.edition_language) if stems else None,
        }
        for entry in results.page.object_list
    ]
    context = page.get_context(request)
    context.update(
        {
            "query": query,
            "results": results,
            "cards": cards,
            "sort_options": _sort_options(query),
            "help": _empty_help(query) if results.count == 0 else None,
            "feed_url": _feed_url(page, query=query, request=request),
        }
    )
    response = render(request, page.get_template(request), context)
    if results.count == 0:
        # Found nothing is still a page to show, but not one for search engines.
        response["X-Robots-Tag"] = "noindex"
    return response


def _is_canonical_redirect_due(request: HttpRequest, *, query: CatalogueQuery) -> bool:
    """A submitted form sends empty and default fields (``?q=&sortierung=datum``);
    the reader is sent on to the one short address of that state. Not when a
    value was dropped: the page must say why."""
    if query.notes:
        return False
    sent = sorted((key, value) for key, values in request.GET.lists() for value in values)
    return sent != sorted(parse_qsl(query.querystring()))


def catalogue_feed(*, request: HttpRequest, page: "CataloguePage") -> HttpResponse:
    query = CatalogueQuery.from_params(request.GET, edition_language=active_language())
    entries, _ = catalogue_filtered(query=query)
    publications = Page.objects.filter(pk__in=entries.values("pk")).live().public().specific()
    title = gettext("IQ Publisher: neue Publikationen")
    if query.filter_params():
        title += f" – {query.describe()}"
    feed = PublicationFeed(
        page=page,
        title=title,
        subtitle=page.intro or gettext("Neue Publikationen aus dem Katalog des Förderprogramms IQ"),
        publications=publications,
    )
    return feed(request)


def _feed_url(page: "CataloguePage", *, query: CatalogueQuery, request: HttpRequest) -> str:
    filters = query.filter_querystring()
    return page.get_url(request) + "feed/" + (f"?{filters}" if filters else "")


def _sort_options(query: CatalogueQuery) -> list[tuple[str, str, bool]]:
    options = [Sort.RELEVANCE, Sort.DATE, Sort.TITLE] if query.q else [Sort.DATE, Sort.TITLE]
    return [(value, Sort.LABELS[value], value == query.effective_sort) for value in options]


def _empty_help(query: CatalogueQuery) -> dict:
    suggestion = spelling_suggestion(q=query.q) if query.q else None
    removals = []
    for param, values in query.selected[:REMOVAL_HINTS_MAX]:
        count = count_without(query=query, param=param)
        if count:
            removals.append({"param": param, "values": values, "count": count, "query": query.without_facet(param)})
    return {
        "suggestion": suggestion,
        "suggestion_query": query.with_q(suggestion) if suggestion else None,
        "removals": removals,
        "without_search": query.with_q("") if query.q else None,
    }
