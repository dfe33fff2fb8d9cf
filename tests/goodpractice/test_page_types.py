"""Where good-practice pages may live."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cms.factories import HomePageFactory
from cms.models import HomePage
from factsheets.models import FactSheetIndexPage
from goodpractice.factories import GoodPracticeIndexPageFactory
from goodpractice.models import GoodPracticeIndexPage, GoodPracticePage


class GoodPracticeTreeRulesTests(WagtailPageTestCase):
    def test_sheets_live_only_under_the_listing(self):
        self.assertAllowedParentPageTypes(GoodPracticePage, {GoodPracticeIndexPage})
        self.assertAllowedSubpageTypes(GoodPracticePage, set())
        self.assertCanCreateAt(GoodPracticeIndexPage, GoodPracticePage)
        self.assertCanNotCreateAt(HomePage, GoodPracticePage)
        self.assertCanNotCreateAt(FactSheetIndexPage, GoodPracticePage)

    def test_listing_sits_under_the_home_page_and_takes_only_sheets(self):
        self.assertAllowedParentPageTypes(GoodPracticeIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GoodPracticeIndexPage, {GoodPracticePage})
        self.assertCanCreateAt(HomePage, GoodPracticeIndexPage)

    def test_there_is_only_one_listing(self):
        home = HomePageFactory(parent=Page.get_first_root_node(), slug="start")
        assert GoodPracticeIndexPage.can_create_at(home)
        listing = GoodPracticeIndexPageFactory(parent=home)
        assert listing.slug == "iq-good-practice"
        assert not GoodPracticeIndexPage.can_create_at(home)
