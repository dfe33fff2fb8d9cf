"""A Fachstelle, authors and a complete dossier draft, for the dossier tests."""

import pytest

from cms.factories import OrganisationFactory, PersonFactory, TopicFactory
from dossiers.factories import DossierPageFactory, FachstelleFactory
from tests.dossiers.helpers import JOINT_STAGE
from tests.workflows.form_state import page_form_data
from tests.workflows.journey import audit_trail, stage, submit


@pytest.fixture
def fachstelle(db):
    return FachstelleFactory(name="Anerkennung und Qualifizierung")


@pytest.fixture
def authors(db):
    return [
        PersonFactory(first_name="Lena", last_name="Hoffmann"),
        PersonFactory(first_name="Murat", last_name="Yıldız"),
    ]


@pytest.fixture
def dossier(dossier_index, fachstelle, authors, legal_pages):
    page = DossierPageFactory(parent=dossier_index, live=False, fachstelle=fachstelle, authors=authors)
    page.publishers.add(OrganisationFactory())
    page.topics.add(TopicFactory())
    page.save_revision()
    return page


@pytest.fixture
def in_joint_stage(client, team, dossier, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, dossier, page_form_data(dossier, user=team.redaktion))
    assert stage(dossier) == JOINT_STAGE, audit_trail(dossier)
    return dossier
