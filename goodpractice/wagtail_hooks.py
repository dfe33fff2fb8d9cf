"""Admin: the target-group vocabulary as a snippet, and a flat list of all
good-practice sheets that the editorial team can filter by selection data."""

from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GoodPracticePage, TargetGroup


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = "Zielgruppen (Good Practice)"
    list_display = ["name", "sort_order"]
    search_fields = ["name"]


class GoodPracticeListingViewSet(PageListingViewSet):
    model = GoodPracticePage
    icon = "pick"
    menu_label = "IQ Good Practice"
    menu_order = 210
    add_to_admin_menu = True
    columns = [
        *(column for column in PageListingViewSet.columns if column.name not in {"type", "parent"}),
        Column("bundesland", label="Bundesland", accessor="get_bundesland_display", sort_key="bundesland"),
        Column("action_area", label="Handlungsschwerpunkt", sort_key="action_area__number"),
        DateColumn("board_decision_date", label="Beratungsgremium", sort_key="board_decision_date"),
        Column("award_year", label="Auszeichnungsjahr", sort_key="award_year"),
    ]
    list_filter = ["bundesland", "action_area", "product_type", "award_year"]


register_snippet(TargetGroupViewSet)


@hooks.register("register_admin_viewset")
def register_good_practice_listing() -> PageListingViewSet:
    return GoodPracticeListingViewSet("good_practice_pages")
