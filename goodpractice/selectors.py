"""Read-only queries of the good-practice listing. Each runs a fixed number of
queries, however many sheets there are."""

from typing import TYPE_CHECKING

from django.db.models import F

from wagtail.query import PageQuerySet

from cms.choices import Bundesland
from cms.i18n.reference import translated_rows
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
    *, sheets: PageQuerySet, locale, action_area: ActionArea | None = None, bundesland: str = ""
) -> list["GoodPracticePage"]:
    """The sheets of the listing, filtered; each with ``card_action_area`` and
    ``card_target_groups`` in ``locale`` (two queries more in English, none in German)."""
    if action_area is not None:
        sheets = sheets.filter(action_area=action_area)
    if bundesland:
        sheets = sheets.filter(bundesland=bundesland)
    # Newest selection first; ``selected_on`` comes from the board's decision, in the same query.
    sheets = list(
        sheets_with_selection(sheets=sheets)
        .select_related("carrier", "network", "action_area")
        .prefetch_related("target_groups")
        .order_by(F("selected_on").desc(nulls_last=True), "title")
    )
    _in_language(sheets=sheets, locale=locale)
    return sheets


def action_area_names(*, action_areas: list[ActionArea], locale) -> dict[int, str]:
    """The filter's labels: each action area's name in ``locale``, by its key."""
    return {
        area.pk: str(shown)
        for area, shown in zip(action_areas, translated_rows(action_areas, locale=locale), strict=True)
    }


def _in_language(*, sheets: list, locale) -> None:
    # One translation query per model for the whole list, not one per card.
    areas = translated_rows([sheet.action_area for sheet in sheets if sheet.action_area], locale=locale)
    shown_area = dict(zip((sheet.pk for sheet in sheets if sheet.action_area), areas, strict=True))
    groups = [list(sheet.target_groups.all()) for sheet in sheets]
    shown_groups = iter(translated_rows([group for row in groups for group in row], locale=locale))
    for sheet, row in zip(sheets, groups, strict=True):
        sheet.card_action_area = shown_area.get(sheet.pk)
        sheet.card_target_groups = [next(shown_groups) for _ in row]
