"""How long a search may be: one rule for the public catalogue and the admin.

A 100,000-character ``"a" OR "a" OR …`` query kept the admin page search busy
for 94 s: the backend's cost grows with every term, and no form bounded it.
Every search is therefore held to ``IQ_SEARCH_MAX_QUERY_CHARS`` characters and
``IQ_SEARCH_MAX_TERMS`` terms. A term is what whitespace separates, operators
such as ``OR`` included: that is what the backends' query parsers turn into
work, and what an editor or reader can count.
"""

from django.conf import settings
from django.utils.translation import gettext


def search_query_too_long(q: str) -> bool:
    """Whether ``q`` exceeds either limit; cheap even for a huge ``q``."""
    max_terms = settings.IQ_SEARCH_MAX_TERMS
    if len(q) > settings.IQ_SEARCH_MAX_QUERY_CHARS:
        return True
    # maxsplit: a query of many terms is not split further than it needs to be.
    return len(q.split(maxsplit=max_terms)) > max_terms


def search_query_capped(q: str) -> str:
    """The beginning of ``q`` within both limits, cut between terms where it can be."""
    max_chars = settings.IQ_SEARCH_MAX_QUERY_CHARS
    max_terms = settings.IQ_SEARCH_MAX_TERMS
    # With maxsplit the last part is the unsplit rest, so only the first parts are terms.
    capped = " ".join(q.split(maxsplit=max_terms)[:max_terms])
    if len(capped) <= max_chars:
        return capped
    cut = capped[: max_chars + 1].rsplit(" ", 1)[0]
    # A single term longer than the limit has no boundary to cut at.
    return cut if len(cut) <= max_chars else cut[:max_chars]


def search_limits_summary() -> str:
    """The German sentence that names the limits, for the public and the admin."""
    return (
        f"Ihre Suche ist zu lang: erlaubt sind höchstens {settings.IQ_SEARCH_MAX_QUERY_CHARS} Zeichen "
        f"und {settings.IQ_SEARCH_MAX_TERMS} Suchbegriffe."
    )


def search_too_long_note() -> str:
    """The reader's note on a refused search, in their language. Not built from
    ``search_limits_summary``: the admin stays German, the reader's page does not."""
    return gettext(
        "Ihre Suche ist zu lang: erlaubt sind höchstens %(chars)s Zeichen und %(terms)s Suchbegriffe. "
        "Es wurde nicht gesucht; bitte kürzen Sie Ihre Suche."
    ) % {"chars": settings.IQ_SEARCH_MAX_QUERY_CHARS, "terms": settings.IQ_SEARCH_MAX_TERMS}
