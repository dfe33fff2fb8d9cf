import pytest

from cms.factories import PersonFactory
from dossiers.factories import DossierIndexPageFactory, FachstelleFactory


@pytest.fixture
def dossier_index(home_page):
    return DossierIndexPageFactory(parent=home_page)


@pytest.fixture
def fachstelle(db):
    return FachstelleFactory(name="Anerkennung und Qualifizierung")


@pytest.fixture
def authors(db):
    return [
        PersonFactory(first_name="Lena", last_name="Hoffmann"),
        PersonFactory(first_name="Murat", last_name="Yıldız"),
    ]
