"""Admin: the target-group vocabulary as a snippet, a flat list of all
good-practice sheets with the board's last decision, and the history entries
of the board's votes."""

from django.utils.formats import date_format
from django.utils.timezone import localtime

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GoodPracticePage, Outcome, TargetGroup
from .selection.history import board_log_actions_register
from .selection.selectors import sheets_with_last_decision


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = "Zielgruppen (Good Practice)"
    list_display = ["name", "sort_order"]
    search_fields = ["name"]


def _board_status(sheet) -> str:
    decided_at = getattr(sheet, "board_decided_at", None)
    if decided_at is None:
        return "noch nicht entschieden"
    day = date_format(localtime(decided_at), "d.m.Y")
    if sheet.board_outcome == Outcome.SELECTED:
        return f"ausgewählt am {day}"
    return f"nicht ausgewählt am {day} (archiviert)"


class GoodPracticeIndexView(IndexView):
    def get_base_queryset(self):
        # One subquery per column instead of a query per row.
        return sheets_with_last_decision(sheets=super().get_base_queryset())


class GoodPracticeListingViewSet(PageListingViewSet):
    model = GoodPracticePage
    index_view_class = GoodPracticeIndexView
    icon = "pick"
    menu_label = "IQ Good Practice"
    menu_order = 210
    add_to_admin_menu = True
    columns = [
        *(column for column in PageListingViewSet.columns if column.name not in {"type", "parent"}),
        Column("bundesland", label="Bundesland", accessor="get_bundesland_display", sort_key="bundesland"),
        Column("action_area", label="Handlungsschwerpunkt", sort_key="action_area__number"),
        Column("board", label="Beratungsgremium", accessor=_board_status, sort_key="board_decided_at"),
    ]
    list_filter = ["bundesland", "action_area", "product_type"]


register_snippet(TargetGroupViewSet)


@hooks.register("register_admin_viewset")
def register_good_practice_listing() -> PageListingViewSet:
    return GoodPracticeListingViewSet("good_practice_pages")


@hooks.register("register_log_actions")
def register_board_log_actions(actions) -> None:
    board_log_actions_register(actions)
