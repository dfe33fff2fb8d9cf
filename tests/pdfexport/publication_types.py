"""One draft of every publication type, each under its own listing page, for
tests that must hold for all of them."""

from dossiers.factories import DossierIndexPageFactory, DossierPageFactory
from factsheets.factories import FactSheetIndexPageFactory, FactSheetPageFactory
from goodpractice.factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory
from magazine.factories import MagazineArchivePageFactory, MagazineArticlePageFactory, MagazineIssuePageFactory


def _fact_sheet(home):
    return FactSheetPageFactory(parent=FactSheetIndexPageFactory(parent=home), live=False)


def _issue(home):
    return MagazineIssuePageFactory(parent=MagazineArchivePageFactory(parent=home), live=False)


def _article(home):
    return MagazineArticlePageFactory(parent=_issue(home), live=False)


def _dossier(home):
    return DossierPageFactory(parent=DossierIndexPageFactory(parent=home), live=False)


def _good_practice(home):
    return GoodPracticePageFactory(parent=GoodPracticeIndexPageFactory(parent=home), live=False)


#: Label → builder of a draft below ``home``.
PUBLICATION_DRAFTS = {
    "fact_sheet": _fact_sheet,
    "magazine_issue": _issue,
    "magazine_article": _article,
    "dossier": _dossier,
    "good_practice": _good_practice,
}
