"""The subprojects in the admin: a snippet viewset with its own menu item and
the import view next to „Teilprojekt hinzufügen“."""

from django.urls import path, reverse
from django.utils.functional import cached_property

from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from cms.models import Subproject

from .admin_views import PERMISSIONS, subproject_import_view


class SubprojectIndexView(IndexView):
    import_url_name = ""

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perms(PERMISSIONS):
            url = reverse(self.import_url_name)
            buttons.append(HeaderButton("Teilprojekte importieren", url=url, icon_name="upload"))
        return buttons


class SubprojectViewSet(SnippetViewSet):
    model = Subproject
    icon = "list-ul"
    menu_label = "Teilprojekte"
    menu_name = "subprojects"
    menu_order = 290
    add_to_admin_menu = True
    index_view_class = SubprojectIndexView
    list_display = ["name", "carrier", "network", "action_area", "status"]
    list_filter = ["status", "bundesland", "network", "action_area", "funding_period"]
    search_fields = ["name", "carrier__name", "description"]
    # The listing searches the database directly: exact names matter more here than stemming.
    search_backend_name = None
    ordering = ["name"]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(import_url_name=self.get_url_name("import"), **kwargs)

    def import_view(self, request):
        return subproject_import_view(request, list_url_name=self.get_url_name("list"))

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("import/", self.import_view, name="import")]
