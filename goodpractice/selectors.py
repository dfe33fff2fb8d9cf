"""Read-only queries of the good-practice listing. Each runs a fixed number of
queries, however many sheets there are."""

from typing import TYPE_CHECKING

from django.db.models import F

from wagtail.query import PageQuerySet

from cms.choices import Bundesland
from cms.models import ActionArea

from .selection.selectors import sheets_with_selection

if TYPE_CHECKING:
    from .models import GoodPracticePage


def good_practice_filter_options(*, sheets: PageQuerySet) -> tuple[list[ActionArea], list[tuple[str, str]]]:
    """The action areas and federal states that occur among ``sheets``."""
    action_areas = list(ActionArea.objects.filter(pk__in=sheets.values("action_area_id")).order_by("number"))
    codes = set(sheets.order_by().values_list("bundesland", flat=True).distinct())
    return action_areas, [(code, label) for code, label in Bundesland.choices if code in codes]


def good_practices_filtered(
    *, sheets: PageQuerySet, action_area: ActionArea | None = None, bundesland: str = ""
) -> list["GoodPracticePage"]:
    if action_area is not None:
        sheets = sheets.filter(action_area=action_area)
    if bundesland:
        sheets = sheets.filter(bundesland=bundesland)
    # Newest selection first; ``selected_on`` comes from the board's decision, in the same query.
    return list(
        sheets_with_selection(sheets=sheets)
        .select_related("carrier", "network", "action_area")
        .prefetch_related("target_groups")
        .order_by(F("selected_on").desc(nulls_last=True), "title")
    )
