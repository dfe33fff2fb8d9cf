"""Where dossiers may live in the page tree."""

from wagtail.test.utils import WagtailPageTestCase

import pytest

from cms.models import HomePage
from dossiers.factories import DossierIndexPageFactory
from dossiers.models import DossierIndexPage, DossierPage
from factsheets.models import FactSheetIndexPage


class DossierTreeRulesTests(WagtailPageTestCase):
    def test_index_lives_only_under_the_home_page_and_holds_only_dossiers(self):
        self.assertAllowedParentPageTypes(DossierIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, DossierIndexPage)
        self.assertAllowedSubpageTypes(DossierIndexPage, {DossierPage})

    def test_dossiers_live_only_under_their_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(DossierPage, {DossierIndexPage})
        self.assertCanNotCreateAt(HomePage, DossierPage)
        self.assertCanNotCreateAt(FactSheetIndexPage, DossierPage)
        self.assertCanNotCreateAt(DossierIndexPage, DossierIndexPage)
        self.assertAllowedSubpageTypes(DossierPage, set())


@pytest.mark.django_db
def test_there_is_only_one_dossier_index(home_page):
    index = DossierIndexPageFactory(parent=home_page)
    assert index.slug == "themendossiers"
    assert not DossierIndexPage.can_create_at(home_page)
