"""People in every role and a complete fact sheet draft, for the workflow tests."""

import pytest

from cms.factories import FundingNoticeFactory, OrganisationFactory, TopicFactory
from factsheets.factories import FactSheetPageFactory
from tests.workflows.form_state import page_form_data
from tests.workflows.journey import people_create, stage, submit


@pytest.fixture
def people(roles):
    return people_create()


@pytest.fixture
def fact_sheet(fact_sheet_index, legal_pages):
    """A draft that passes the automated checks as it is."""
    page = FactSheetPageFactory(
        parent=fact_sheet_index,
        live=False,
        title="IQ Beratung 2023 in Zahlen",
        slug="iq-beratung-2023",
        funding_notice=FundingNoticeFactory(),
    )
    page.publishers.add(OrganisationFactory(name="IQ Fachstelle Beratung und Qualifizierung"))
    page.topics.add(TopicFactory(name="Anerkennung"))
    page.save_revision()
    return page


@pytest.fixture
def submitted(client, people, fact_sheet, django_capture_on_commit_callbacks):
    """The fact sheet submitted by Redaktion; the checks have passed and Fachreview is next."""
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, people.redaktion, fact_sheet, page_form_data(fact_sheet, user=people.redaktion))
    assert stage(fact_sheet) == "Fachreview"
    return fact_sheet
