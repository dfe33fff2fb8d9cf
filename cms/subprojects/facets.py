"""The directory's facets: what a reader can narrow the subprojects by.

The catalogue keeps a table of facet values because its publications come
from four page types; a subproject's facets are its own columns, so each facet
here says how a URL value becomes a condition and how the values are counted,
straight from the subproject table. Values look like the catalogue's
(``netzwerk-3``, ``land-he``, ``1`` for HSP 1), so the two read alike.
"""

from collections.abc import Callable

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from cms.catalogue.facets import Facet
from cms.choices import Bundesland
from cms.models.subproject import Subproject, SubprojectStatus

NETWORK = Facet("netzwerk", _("Netzwerk / Bundesland"))
ACTION_AREA = Facet("hsp", _("Handlungsschwerpunkt"), ordered_by_value=True)
TARGET_GROUP = Facet("zielgruppe", _("Zielgruppe"))
STATUS = Facet("status", _("Status"))
FUNDING_PERIOD = Facet("foerderperiode", _("Förderperiode"))

# The statuses as readers see them; the admin keeps the model's German choices.
STATUS_LABELS = {
    SubprojectStatus.RUNNING: _("laufend"),
    SubprojectStatus.FINISHED: _("abgeschlossen"),
    SubprojectStatus.PLANNED: _("geplant"),
}


def status_label(status: str) -> str:
    return str(STATUS_LABELS.get(status, status))


SUBPROJECT_FACETS: tuple[Facet, ...] = (NETWORK, ACTION_AREA, TARGET_GROUP, STATUS, FUNDING_PERIOD)

Rows = list[tuple[str, str, int]]


def _ids(values: tuple[str, ...], prefix: str) -> list[int]:
    return [int(value.removeprefix(prefix)) for value in values if value.removeprefix(prefix).isdigit()]


def _network_condition(values: tuple[str, ...]) -> Q:
    lands = [value.removeprefix("land-").upper() for value in values if value.startswith("land-")]
    # A Bundesland value stands for the subprojects without a network there, as in the catalogue.
    return Q(network_id__in=_ids(values, "netzwerk-")) | Q(network__isnull=True, bundesland__in=lands)


def _target_group_condition(values: tuple[str, ...]) -> Exists:
    through = Subproject.target_groups.through
    return Exists(through.objects.filter(subproject_id=OuterRef("pk"), targetgroup_id__in=_ids(values, "zg-")))


CONDITIONS: dict[str, Callable[[tuple[str, ...]], Q | Exists]] = {
    NETWORK.param: _network_condition,
    ACTION_AREA.param: lambda values: Q(action_area__number__in=[int(v) for v in values if v.isdigit()]),
    TARGET_GROUP.param: _target_group_condition,
    STATUS.param: lambda values: Q(status__in=values),
    FUNDING_PERIOD.param: lambda values: Q(funding_period_id__in=_ids(values, "fp-")),
}


def condition(param: str, values: tuple[str, ...]) -> Q | Exists:
    return CONDITIONS[param](values)


def is_well_formed(param: str, value: str) -> bool:
    """Whether ``value`` can name something of facet ``param`` at all."""
    if param == NETWORK.param:
        land = value.removeprefix("land-").upper()
        return value.removeprefix("netzwerk-").isdigit() or (value.startswith("land-") and land in Bundesland.values)
    if param == ACTION_AREA.param:
        return value.isdigit()
    if param == TARGET_GROUP.param:
        return value.removeprefix("zg-").isdigit()
    if param == STATUS.param:
        return value in SubprojectStatus.values
    return value.removeprefix("fp-").isdigit()


def facet_rows(subprojects: QuerySet[Subproject], *, param: str) -> Rows:
    """``(value, label, count)`` of facet ``param`` over ``subprojects``: one query."""
    return ROWS[param](subprojects)


def _network_rows(subprojects: QuerySet) -> Rows:
    counts: dict[tuple[str, str], int] = {}
    grouped = subprojects.values_list("network_id", "network__name", "bundesland").annotate(n=Count("pk")).order_by()
    for network_id, network_name, bundesland, n in grouped:
        if network_id is not None:
            key = (f"netzwerk-{network_id}", network_name)
        else:
            key = (f"land-{bundesland.lower()}", Bundesland(bundesland).label)
        counts[key] = counts.get(key, 0) + n
    return [(value, label, n) for (value, label), n in counts.items()]


def _action_area_rows(subprojects: QuerySet) -> Rows:
    grouped = (
        subprojects.filter(action_area__isnull=False)
        .values_list("action_area__number", "action_area__short_name")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return [(str(number), f"HSP {number}: {short_name}", n) for number, short_name, n in grouped]


def _target_group_rows(subprojects: QuerySet) -> Rows:
    through = Subproject.target_groups.through
    grouped = (
        through.objects.filter(subproject__in=subprojects.values("pk"))
        .values_list("targetgroup_id", "targetgroup__name")
        .annotate(n=Count("subproject_id", distinct=True))
        .order_by()
    )
    return [(f"zg-{group_id}", name, n) for group_id, name, n in grouped]


def _status_rows(subprojects: QuerySet) -> Rows:
    grouped = subprojects.values_list("status").annotate(n=Count("pk")).order_by()
    return [(status, status_label(status), n) for status, n in grouped]


def _funding_period_rows(subprojects: QuerySet) -> Rows:
    grouped = (
        subprojects.filter(funding_period__isnull=False)
        .values_list("funding_period_id", "funding_period__name")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return [(f"fp-{period_id}", name, n) for period_id, name, n in grouped]


ROWS: dict[str, Callable[[QuerySet], Rows]] = {
    NETWORK.param: _network_rows,
    ACTION_AREA.param: _action_area_rows,
    TARGET_GROUP.param: _target_group_rows,
    STATUS.param: _status_rows,
    FUNDING_PERIOD.param: _funding_period_rows,
}
