"""Where the magazine's pages may be created: archive under the home page (once),
issues only in the archive, articles only in an issue."""

from wagtail.test.utils import WagtailPageTestCase

from cms.models import HomePage
from factsheets.models import FactSheetIndexPage
from magazine.models import MagazineArchivePage, MagazineArticlePage, MagazineIssuePage


class MagazinePageTreeTests(WagtailPageTestCase):
    def test_archive_lives_under_the_home_page_and_takes_only_issues(self):
        self.assertAllowedParentPageTypes(MagazineArchivePage, {HomePage})
        self.assertAllowedSubpageTypes(MagazineArchivePage, {MagazineIssuePage})
        self.assertCanCreateAt(HomePage, MagazineArchivePage)
        self.assertEqual(MagazineArchivePage.max_count, 1)

    def test_issues_only_in_the_archive_and_take_only_articles(self):
        self.assertAllowedParentPageTypes(MagazineIssuePage, {MagazineArchivePage})
        self.assertAllowedSubpageTypes(MagazineIssuePage, {MagazineArticlePage})
        self.assertCanCreateAt(MagazineArchivePage, MagazineIssuePage)
        self.assertCanNotCreateAt(HomePage, MagazineIssuePage)
        self.assertCanNotCreateAt(FactSheetIndexPage, MagazineIssuePage)
        self.assertCanNotCreateAt(MagazineIssuePage, MagazineIssuePage)

    def test_articles_only_in_an_issue_and_take_no_children(self):
        self.assertAllowedParentPageTypes(MagazineArticlePage, {MagazineIssuePage})
        self.assertAllowedSubpageTypes(MagazineArticlePage, set())
        self.assertCanCreateAt(MagazineIssuePage, MagazineArticlePage)
        self.assertCanNotCreateAt(MagazineArchivePage, MagazineArticlePage)
        self.assertCanNotCreateAt(HomePage, MagazineArticlePage)
        self.assertCanNotCreateAt(MagazineArticlePage, MagazineArticlePage)
