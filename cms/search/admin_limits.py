"""Every admin search within the search limits (``cms/search/limits.py``).

Wagtail's admin reads its search from ``?q=`` everywhere: the page search, the
page explorer, snippets, images, documents, users, choosers and bulk actions;
its admin API (``admin/api/``) reads ``?search=``. One middleware therefore
bounds them all, including views added later, where a form field per view
would miss some.
"""

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.urls import Resolver404, resolve, reverse

from .limits import search_limits_summary, search_query_capped, search_query_too_long

SEARCH_PARAMS = ("q", "search")
ADMIN_API_NAMESPACE = "wagtailadmin_api"


class AdminSearchLimitMiddleware:
    """An admin page asked for with too long a search is asked for again with
    its beginning, and the editor is told so. Requests that cannot show a
    message (listing updates while typing, choosers, the admin API, form posts)
    search the beginning directly, so no request ever runs the long search."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return self.get_response(request)
        too_long = [
            param for param in SEARCH_PARAMS if any(search_query_too_long(q) for q in request.GET.getlist(param))
        ]
        if not too_long:
            return self.get_response(request)
        params = request.GET.copy()
        for param in too_long:
            params.setlist(param, [search_query_capped(q) for q in params.getlist(param)])
        if request.method in ("GET", "HEAD") and not _cannot_show_messages(request):
            searched = params[too_long[0]]
            messages.warning(request, f"{search_limits_summary()} Gesucht wurde nur nach „{searched}“.")
            return HttpResponseRedirect(f"{request.path}?{params.urlencode()}")
        _replace_query(request, params=params)
        return self.get_response(request)


def _cannot_show_messages(request: HttpRequest) -> bool:
    # Wagtail's fetch calls and its jQuery chooser modals both send this header;
    # their partial answers have no place for a message.
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        return True
    try:
        return ADMIN_API_NAMESPACE in resolve(request.path_info).namespaces
    except Resolver404:
        return False


def _replace_query(request: HttpRequest, *, params: QueryDict) -> None:
    """The capped query in place of the long one, also for views that build
    links from the raw query string. A form post (a bulk action on "all
    matching") is not redirected: it would lose its data."""
    params._mutable = False
    request.GET = params
    request.META["QUERY_STRING"] = params.urlencode()
