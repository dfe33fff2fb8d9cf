"""Wagtail's frontend cache, installed without its signal receivers.

Its receivers purge a page's own URLs on every publish and unpublish of any
page. Ours (``receivers.py``) purge one batch with everything that shows the
page; with both, the page would be purged twice and the proxy asked twice.
"""

from wagtail.contrib.frontend_cache.apps import WagtailFrontendCacheAppConfig


class FrontendCacheConfig(WagtailFrontendCacheAppConfig):
    def ready(self) -> None:
        pass
