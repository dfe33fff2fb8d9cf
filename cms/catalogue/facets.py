"""The catalogue's facets: what a reader can narrow the publications by.

Each facet is a URL parameter; its values are the ``value`` of the entries'
``CatalogueFacetValue`` rows. Several values of one facet widen the result
(„Fact Sheets oder Themendossiers“), values of different facets narrow it.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Facet:
    param: str
    # Lazy: the facets are module constants, named in the language of each page.
    label: str
    # Values shown by their own order (years: newest first) rather than by count.
    ordered_by_value: bool = False
    descending: bool = False


FACETS: tuple[Facet, ...] = (
    Facet("typ", _("Publikationsart")),
    Facet("thema", _("Thema")),
    Facet("hsp", _("Handlungsschwerpunkt"), ordered_by_value=True),
    Facet("netzwerk", _("Netzwerk / Bundesland")),
    Facet("herausgeber", _("Fachstelle / Herausgeber")),
    Facet("jahr", _("Jahr"), ordered_by_value=True, descending=True),
    Facet("sprache", _("Sprache")),
)
FACETS_BY_PARAM = {facet.param: facet for facet in FACETS}


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class FacetCounts:
    facet: Facet
    options: tuple[FacetOption, ...]

    @property
    def has_selection(self) -> bool:
        return any(option.selected for option in self.options)


def facet_options(*, facet: Facet, rows: list[tuple[str, str, int]], selected: tuple[str, ...]) -> FacetCounts:
    """The options of one facet from ``(value, label, count)`` rows. A selected
    value stays listed even when nothing is left with it, so it can be unticked."""
    by_value = {value: (label, count) for value, label, count in rows}
    for value in selected:
        by_value.setdefault(value, (value, 0))
    options = [
        FacetOption(value=value, label=label, count=count, selected=value in selected)
        for value, (label, count) in by_value.items()
    ]
    if facet.ordered_by_value:
        options.sort(key=lambda option: _value_key(option.value), reverse=facet.descending)
    else:
        options.sort(key=lambda option: (-option.count, option.label.casefold()))
    return FacetCounts(facet=facet, options=tuple(options))


def _value_key(value: str):
    return (0, int(value), "") if value.isdigit() else (1, 0, value)
