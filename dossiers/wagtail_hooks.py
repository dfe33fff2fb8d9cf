"""An admin listing of all dossiers with their edition, Stand and Fachstelle, so
editors see at a glance which edition is current without opening the page tree."""

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet

from .models import DossierPage


class DossierListingViewSet(PageListingViewSet):
    model = DossierPage
    icon = "doc-full"
    menu_label = "Themendossiers"
    menu_order = 220
    add_to_admin_menu = True
    columns = PageListingViewSet.columns + [
        Column("edition", label="Fassung", sort_key="edition"),
        Column("data_as_of", label="Stand", sort_key="data_as_of"),
        Column("fachstelle", label="Fachstelle"),
    ]
    list_filter = ["fachstelle", "edition"]


@hooks.register("register_admin_viewset")
def register_dossier_listing() -> DossierListingViewSet:
    return DossierListingViewSet("dossiers")
