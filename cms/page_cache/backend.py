"""The frontend-cache backend of the embedded default: Django's page cache.

Wagtail's frontend cache hands a backend the full URLs to purge; this one makes
every stored variant of each URL's path stale (``keys.path_invalidate``). A
reverse proxy is a second backend beside it (``WAGTAILFRONTENDCACHE``).
"""

from urllib.parse import unquote, urlsplit

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from .keys import path_invalidate


class PageCacheBackend(BaseBackend):
    #: Runs in the process that changed the page, not in the job queue: the page
    #: cache may be a per-process one, and readers must not wait for the worker.
    in_process = True

    def purge(self, url: str) -> None:
        self.purge_batch([url])

    def purge_batch(self, urls) -> None:
        # Requests know the decoded path (``request.path``); Wagtail's URLs may be quoted.
        for path in {unquote(urlsplit(url).path) or "/" for url in urls}:
            path_invalidate(path=path)
