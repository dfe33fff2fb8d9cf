"""The directory's public pages: the listing with its facets, and one page per
subproject with the publications about it."""

from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render

from cms.catalogue.highlight import highlighted
from cms.catalogue.query import CatalogueQuery
from cms.models.subproject import Subproject
from cms.search import german

from .facets import SUBPROJECT_FACETS
from .publications import subproject_publications
from .results import subproject_search

if TYPE_CHECKING:
    from cms.models.subproject import SubprojectDirectoryPage


def subproject_listing(*, request: HttpRequest, page: "SubprojectDirectoryPage") -> HttpResponse:
    query = CatalogueQuery.from_params(request.GET, facets=SUBPROJECT_FACETS)
    if _is_canonical_redirect_due(request, query=query):
        querystring = query.querystring()
        return HttpResponseRedirect(page.get_url(request) + (f"?{querystring}" if querystring else ""))
    results = subproject_search(query=query, per_page=page.per_page)
    query = results.query
    stems = german.query_stems(query.q) if query.q else set()
    page_url = page.get_url(request)
    cards = [
        {
            "subproject": subproject,
            "name": highlighted(subproject.name, stems=stems),
            "url": page_url + page.reverse_subpage("subproject", kwargs={"slug": subproject.slug}),
        }
        for subproject in results.page.object_list
    ]
    context = page.get_context(request)
    context.update({"query": query, "results": results, "cards": cards})
    response = render(request, page.get_template(request), context)
    if results.count == 0:
        response["X-Robots-Tag"] = "noindex"
    return response


def _is_canonical_redirect_due(request: HttpRequest, *, query: CatalogueQuery) -> bool:
    """A submitted form sends empty fields (``?q=``); the reader is sent on to the
    one short address of that state. Not when a value was dropped: the page must say why."""
    if query.notes:
        return False
    sent = sorted((key, value) for key, values in request.GET.lists() for value in values)
    return sent != sorted(parse_qsl(query.querystring()))


def subproject_detail(*, request: HttpRequest, page: "SubprojectDirectoryPage", slug: str) -> HttpResponse:
    subproject = (
        Subproject.objects.select_related("carrier", "network", "action_area", "funding_period", "contact")
        .prefetch_related("target_groups")
        .filter(slug=slug)
        .first()
    )
    if subproject is None:
        context = {"page": page, "self": page, "slug": slug}
        return render(request, "cms/subprojects/missing.html", context, status=404)
    context = page.get_context(request)
    context.update(
        {
            "subproject": subproject,
            "publications": subproject_publications(subproject=subproject, request=request),
            "directory_url": page.get_url(request),
        }
    )
    return render(request, "cms/subprojects/subproject_page.html", context)
