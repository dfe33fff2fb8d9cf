"""Serving public PDF downloads without routing the request through Wagtail.

Resolving a page (site, path, restrictions, hooks) costs about ten queries; the
bytes are a file in storage. The first download of a public PDF URL goes the
normal way and remembers what it served; later downloads of that URL are
answered by this middleware, placed right after WhiteNoise, from the cache.

Entries carry the page's generation and a global one. Publishing, unpublishing,
a finished render and any change of view restrictions bump them, so a stale
entry is never used (with a shared cache such as Redis, across all processes;
with a per-process cache, entries also expire after ``TTL_SECONDS``).
Restricted pages are never remembered: their downloads always pass the
restriction check.
"""

import hashlib
from dataclasses import asdict

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from .file_response import StoredFile, file_response

TTL_SECONDS = 60
_GLOBAL = "iqpdf:gen"


def _entry_key(request: HttpRequest) -> str:
    return (
        "iqpdf:url:" + hashlib.sha1(f"{request.get_host()}{request.path}".encode(), usedforsecurity=False).hexdigest()
    )


def _page_key(page_id: int) -> str:
    return f"iqpdf:gen:{page_id}"


def fast_path_remember(*, request: HttpRequest, page_id: int, stored: StoredFile, filename: str, immutable: bool):
    generations = cache.get_many([_page_key(page_id), _GLOBAL])
    entry = {
        "stored": asdict(stored),
        "filename": filename,
        "immutable": immutable,
        "page_id": page_id,
        "page_gen": generations.get(_page_key(page_id), 0),
        "global_gen": generations.get(_GLOBAL, 0),
    }
    cache.set(_entry_key(request), entry, TTL_SECONDS)


def fast_path_forget(*, page_id: int | None = None) -> None:
    """Invalidate the entries of one page, or of every page."""
    key = _GLOBAL if page_id is None else _page_key(page_id)
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, None)


class FastPdfMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in ("GET", "HEAD") and "/pdf/" in request.path:
            response = self._from_cache(request)
            if response is not None:
                return response
        return self.get_response(request)

    def _from_cache(self, request: HttpRequest) -> HttpResponse | None:
        entry = cache.get(_entry_key(request))
        if entry is None:
            return None
        generations = cache.get_many([_page_key(entry["page_id"]), _GLOBAL])
        if (generations.get(_page_key(entry["page_id"]), 0), generations.get(_GLOBAL, 0)) != (
            entry["page_gen"],
            entry["global_gen"],
        ):
            return None
        response = file_response(
            request=request,
            stored=StoredFile(**entry["stored"]),
            filename=entry["filename"],
            restricted=False,
            immutable=entry["immutable"],
            # Only public downloads of the reader routes are remembered (``serving.py``).
            count_page_id=entry["page_id"],
        )
        response["X-IQ-Fast-Path"] = "1"
        return response
