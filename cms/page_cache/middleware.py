"""Serving anonymous reader pages whole from the cache.

Placed right after the PDF fast path and before sessions: a hit costs one
``get_many`` (the entry and its path's generation) and an ``HttpResponse`` of
stored bytes, without sessions, routing or a database query. A miss goes the
normal way; afterwards the response is stored if it is the same for every
anonymous reader. Entries are made stale by ``keys.path_invalidate``, which the
frontend-cache backend in ``backend.py`` calls for every purged URL;
``IQ_PAGE_CACHE_SECONDS`` bounds what no purge covers (reference data, the
funding notice in the footer).
"""

import time

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from .keys import entry_key, generation_key, page_cache

CACHEABLE_TYPES = frozenset({"text/html", "application/atom+xml", "application/xml"})
# The admin (previews included), documents and files are never reader pages.
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/django-admin/", "/static/", "/media/")
# Vary headers the key already covers: no cookie reaches a stored response, and
# nothing compresses inside Django.
HARMLESS_VARY = frozenset({"cookie", "accept-encoding"})
MAX_BYTES = 2 * 1024 * 1024
MAX_QUERY_LENGTH = 512


def _request_cacheable(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    meta = request.META
    if "HTTP_AUTHORIZATION" in meta or len(meta.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH:
        return False
    if meta.get("HTTP_COOKIE"):
        cookies = request.COOKIES
        # A reader with a session may be logged in or behind a password; with a
        # CSRF cookie a page's forms carry a token of their own.
        if settings.SESSION_COOKIE_NAME in cookies or settings.CSRF_COOKIE_NAME in cookies:
            return False
    path = request.path
    return not path.startswith(EXCLUDED_PREFIXES) and "/pdf/" not in path


def _response_storable(request: HttpRequest, response: HttpResponse) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming or response.cookies:
        return False
    if response.get("Content-Type", "").split(";")[0].strip() not in CACHEABLE_TYPES:
        return False
    if "Content-Disposition" in response or getattr(request, "is_preview", False):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {name.strip().lower() for name in response.get("Vary", "").split(",") if name.strip()}
    if vary - HARMLESS_VARY:
        return False
    session = getattr(request, "session", None)
    if session is not None and (session.session_key or not session.is_empty()):
        return False
    content = response.content
    # The userbar shows only to editors; should it ever reach a page, never keep it.
    return len(content) <= MAX_BYTES and b"wagtail-userbar" not in content


class PageCacheMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.IQ_PAGE_CACHE_ENABLED or not _request_cacheable(request):
            return self.get_response(request)
        cache = page_cache()
        key = entry_key(host=request.get_host(), path=request.path, query_string=request.META.get("QUERY_STRING", ""))
        generation_name = generation_key(path=request.path)
        found = cache.get_many((key, generation_name))
        # Read before rendering: a purge during the render leaves the new entry stale.
        generation = found.get(generation_name, 0)
        entry = found.get(key)
        if entry is not None and entry[0] == generation:
            _, stored_at, headers, content = entry
            response = HttpResponse(content, headers=headers)
            response["Age"] = str(int(time.time() - stored_at))
            response["X-Cache"] = "HIT"
            return response

        response = self.get_response(request)
        if _response_storable(request, response):
            headers = {name: value for name, value in response.items() if name not in ("Age", "X-Cache")}
            if "Content-Length" not in headers:
                headers["Content-Length"] = str(len(response.content))
            cache.set(key, (generation, time.time(), headers, response.content), settings.IQ_PAGE_CACHE_SECONDS)
        response["X-Cache"] = "MISS"
        return response
