"""Serving public PDF downloads without routing the request through Wagtail.

Resolving a page (site, path, restrictions, hooks) costs about ten queries; the
bytes are a file in storage. The first download of a public PDF URL goes the
normal way and remembers what it served; later downloads of that URL are
answered by this middleware, placed right after WhiteNoise, from the cache.

Entries carry the page's generation and a global one. Publishing, unpublishing,
a finished render, any change of view restrictions and a save of a page whose
title another page's file name reads (``pdf_file_name_dependents``) bump them,
so a stale entry, its file name included, is never used. Names also change with
the code that builds them: the keys carry a digest of that code, so after a
deploy no process serves a name the code before it built (a shared cache keeps
entries across a deploy). The generations live in the database
(``FastPathGeneration``), not in the cache: the entries may sit in a
per-process cache (the embedded default's local memory), and every process
still sees an invalidation at once. A hit costs that one primary-key query.
Restricted pages are never remembered: their downloads always pass the
restriction check.
"""

import functools
import hashlib
import sys
from dataclasses import asdict
from pathlib import Path

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse

from wagtail.models import get_page_models

from .file_names import file_name_stem
from .file_response import StoredFile, file_response
from .models import FastPathGeneration

# Bounds what a per-process cache holds; correctness comes from the generations.
TTL_SECONDS = 60


# A class that defines one of these takes part in naming its page type's PDFs.
_NAMING_ATTRIBUTES = frozenset({"publication_type_label", "pdf_filename_stem", "pdf_filename"})


@functools.cache
def _code_digest() -> str:
    """A digest of the modules an entry depends on: the file-name rules, every
    module with a class that names PDFs (``_NAMING_ATTRIBUTES``), the entry's
    own format here and in ``file_response``. Read once per process; a change
    that leaves the names as they were costs one slow download per URL."""
    modules = {__name__, StoredFile.__module__, file_name_stem.__module__}
    for model in get_page_models():
        modules.update(cls.__module__ for cls in model.__mro__ if _NAMING_ATTRIBUTES & vars(cls).keys())
    digest = hashlib.sha1(usedforsecurity=False)
    for name in sorted(modules):
        try:
            digest.update(Path(sys.modules[name].__file__).read_bytes())
        except (OSError, TypeError):  # installed without sources: the name still keys it
            digest.update(name.encode())
    return digest.hexdigest()[:16]


def _entry_key(request: HttpRequest) -> str:
    url = hashlib.sha1(f"{request.get_host()}{request.path}".encode(), usedforsecurity=False).hexdigest()
    return f"iqpdf:url:{_code_digest()}:{url}"


def _generations(page_id: int) -> tuple[int, int]:
    """The page's and the global generation, in one query."""
    found = dict(
        FastPathGeneration.objects.filter(scope__in=(page_id, FastPathGeneration.ALL_PAGES)).values_list(
            "scope", "value"
        )
    )
    return found.get(page_id, 0), found.get(FastPathGeneration.ALL_PAGES, 0)


def fast_path_remember(*, request: HttpRequest, page_id: int, stored: StoredFile, filename: str, immutable: bool):
    page_gen, global_gen = _generations(page_id)
    entry = {
        "stored": asdict(stored),
        "filename": filename,
        "immutable": immutable,
        "page_id": page_id,
        "page_gen": page_gen,
        "global_gen": global_gen,
    }
    cache.set(_entry_key(request), entry, TTL_SECONDS)


def fast_path_forget(*, page_id: int | None = None) -> None:
    """Invalidate the entries of one page, or of every page.

    Inside the caller's transaction: the change and its invalidation commit
    together, so no process sees the one without the other.
    """
    scope = FastPathGeneration.ALL_PAGES if page_id is None else page_id
    rows = FastPathGeneration.objects.filter(scope=scope)
    if rows.update(value=F("value") + 1):
        return
    try:
        # A savepoint: a failed insert must not break the caller's transaction.
        with transaction.atomic():
            FastPathGeneration.objects.create(scope=scope, value=1)
    except IntegrityError:
        # Another process created the row meanwhile.
        rows.update(value=F("value") + 1)


def fast_path_forget_pages(*, page_ids: list[int]) -> None:
    """``fast_path_forget`` for several pages in two queries, not two per page
    (an article's save forgets every sibling's entries)."""
    if not page_ids:
        return
    FastPathGeneration.objects.filter(scope__in=page_ids).update(value=F("value") + 1)
    present = set(FastPathGeneration.objects.filter(scope__in=page_ids).values_list("scope", flat=True))
    missing = [FastPathGeneration(scope=page_id, value=1) for page_id in page_ids if page_id not in present]
    # A row another process created meanwhile starts at a new value either way: ignoring it is safe.
    FastPathGeneration.objects.bulk_create(missing, ignore_conflicts=True)


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
        key = _entry_key(request)
        entry = cache.get(key)
        if entry is None:
            return None
        if _generations(entry["page_id"]) != (entry["page_gen"], entry["global_gen"]):
            cache.delete(key)
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
