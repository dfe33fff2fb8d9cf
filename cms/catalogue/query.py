"""What a reader asked the catalogue, read from and written back to the URL.

The URL is the state: a filtered, searched, sorted page can be shared, is in
the browser's history, and needs no JavaScript. Reading is forgiving: unknown
parameters are ignored, malformed values are dropped with a note for the
reader, an overlong query is not run at all (``cms/search/limits.py``).
"""

import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from django.conf import settings
from django.http import QueryDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cms.search.limits import search_query_capped, search_query_too_long, search_too_long_note

from .facets import FACETS, Facet

LANGUAGE_PARAM = "sprache"
VALUE_PATTERN = re.compile(r"^[\w-]{1,60}$")
VALUES_PER_FACET_MAX = 20


class Sort:
    RELEVANCE = "relevanz"
    DATE = "datum"
    TITLE = "titel"
    LABELS = {RELEVANCE: _("Relevanz"), DATE: _("Datum (neueste zuerst)"), TITLE: _("Titel (A–Z)")}


@dataclass(frozen=True)
class CatalogueQuery:
    q: str = ""
    selected: tuple[tuple[str, tuple[str, ...]], ...] = ()
    sort: str = ""
    page: str = "1"
    notes: tuple[str, ...] = field(default=(), compare=False)
    # A search refused as too long, cut to the limits: the form offers it to shorten.
    refused_q: str = field(default="", compare=False)
    # Which facets the URL may select: the catalogue's, or another listing's
    # that shares this machinery (the subproject directory).
    facets: tuple[Facet, ...] = field(default=FACETS, compare=False, repr=False)
    # The reader's language: without a "sprache" filter only its editions are listed
    # (docs/i18n.md). Empty: every language, as for a listing without editions.
    edition_language: str = field(default="", compare=False)

    @classmethod
    def from_params(
        cls, params: QueryDict, *, facets: tuple[Facet, ...] = FACETS, edition_language: str = ""
    ) -> "CatalogueQuery":
        notes: list[str] = []
        q = " ".join(params.get("q", "").split())
        refused_q = ""
        if search_query_too_long(q):
            # Not searched at all, rather than cut: a cut search answers a question nobody asked.
            refused_q, q = search_query_capped(q), ""
            notes.append(search_too_long_note())
        selected = []
        for facet in facets:
            values = []
            for value in params.getlist(facet.param):
                if VALUE_PATTERN.match(value) and value not in values:
                    values.append(value)
                elif value:
                    notes.append(
                        gettext("Der Filterwert „%(value)s“ für „%(facet)s“ ist ungültig und wurde ignoriert.")
                        % {"value": value[:60], "facet": facet.label}
                    )
            if values:
                selected.append((facet.param, tuple(sorted(values[:VALUES_PER_FACET_MAX]))))
        sort = params.get("sortierung", "")
        # The default order is left out of the URL, so equal states share one address.
        if sort not in Sort.LABELS or sort == (Sort.RELEVANCE if q else Sort.DATE):
            sort = ""
        return cls(
            q=q,
            selected=tuple(selected),
            sort=sort,
            page=params.get("seite", "1")[:10],
            notes=tuple(notes),
            refused_q=refused_q,
            facets=facets,
            edition_language=edition_language,
        )

    # Reading

    def values(self, param: str) -> tuple[str, ...]:
        return dict(self.selected).get(param, ())

    @property
    def default_edition_language(self) -> str:
        """The language the listing is held to because the reader chose none; empty when they did."""
        return "" if self.values(LANGUAGE_PARAM) else self.edition_language

    @property
    def q_max_length(self) -> int:
        """The search box's ``maxlength``: the browser stops where the catalogue would refuse."""
        return settings.IQ_SEARCH_MAX_QUERY_CHARS

    @property
    def has_filters(self) -> bool:
        return bool(self.selected)

    @property
    def effective_sort(self) -> str:
        if self.sort:
            return self.sort if (self.sort != Sort.RELEVANCE or self.q) else Sort.DATE
        return Sort.RELEVANCE if self.q else Sort.DATE

    def describe(self) -> str:
        """A summary in the reader's language, e.g. for a feed's title."""
        parts = [f"„{self.q}“"] if self.q else []
        labels = {facet.param: facet.label for facet in self.facets}
        for param, values in self.selected:
            parts.append(f"{labels[param]}: {', '.join(values)}")
        return " · ".join(parts) or gettext("alle Publikationen")

    # Writing

    def without_value(self, param: str, value: str) -> "CatalogueQuery":
        selected = tuple(
            (p, tuple(v for v in values if not (p == param and v == value))) for p, values in self.selected
        )
        return replace(self, selected=tuple((p, v) for p, v in selected if v), page="1")

    def without_facet(self, param: str) -> "CatalogueQuery":
        return replace(self, selected=tuple((p, v) for p, v in self.selected if p != param), page="1")

    def with_q(self, q: str) -> "CatalogueQuery":
        return replace(self, q=q, page="1")

    def with_page(self, page: int) -> "CatalogueQuery":
        return replace(self, page=str(page))

    def filter_params(self) -> list[tuple[str, str]]:
        """The parameters that decide *which* publications, not how they are shown."""
        params = [("q", self.q)] if self.q else []
        params += [(param, value) for param, values in self.selected for value in values]
        return params

    def querystring(self) -> str:
        params = self.filter_params()
        if self.sort:
            params.append(("sortierung", self.sort))
        if self.page not in ("", "1"):
            params.append(("seite", self.page))
        return urlencode(params)

    def filter_querystring(self) -> str:
        return urlencode(self.filter_params())
