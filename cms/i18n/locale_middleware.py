"""The reader's language comes from the URL alone: ``/en/…`` is English,
everything else German.

Django's LocaleMiddleware already ignores Accept-Language and the language
cookie for an unprefixed URL when ``prefix_default_language=False``, but it
still marks every such response ``Vary: Accept-Language``. That is untrue here
and costly: the page cache (cms/page_cache/middleware.py) and any proxy store
nothing that varies on a header its key does not cover.
"""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class PrefixOnlyLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        # No redirect to a prefixed URL either: the default language has none.
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
