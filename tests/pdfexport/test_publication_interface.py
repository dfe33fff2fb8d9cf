"""One answer to "is this a publication?", and every publication keeps the interface."""

from wagtail.models import Page

import pytest

from cms.models import HomePage
from dossiers.models import DossierIndexPage, DossierPage
from factsheets.models import FactSheetIndexPage, FactSheetPage
from goodpractice.models import GoodPracticeIndexPage, GoodPracticePage
from magazine.models import MagazineArchivePage, MagazineArticlePage, MagazineIssuePage
from pdfexport.publication import Publication, is_publication, publication_models

MEMBERS = sorted({name for name in vars(Publication) if not name.startswith("_")} | set(Publication.__annotations__))


def test_the_publication_types_and_their_parts_with_a_pdf_are_publications():
    assert set(publication_models()) == {
        MagazineIssuePage,
        MagazineArticlePage,
        FactSheetPage,
        DossierPage,
        GoodPracticePage,
    }


@pytest.mark.parametrize("model", [HomePage, MagazineArchivePage, FactSheetIndexPage, DossierIndexPage, Page])
def test_listing_and_site_pages_are_not(model):
    assert not is_publication(model)


@pytest.mark.django_db
def test_the_predicate_takes_a_page_a_page_type_or_nothing():
    assert is_publication(FactSheetPage)
    assert is_publication(FactSheetPage(title="Kennzahlen"))
    assert not is_publication(None)
    assert not is_publication(GoodPracticeIndexPage(title="Übersicht"))


@pytest.mark.parametrize("model", publication_models(), ids=lambda model: model.__name__)
@pytest.mark.parametrize("member", MEMBERS)
def test_every_publication_offers_the_whole_interface(model, member):
    assert hasattr(model, member)
