"""The fact sheet draft submitted and waiting for Fachreview, for the workflow tests."""

import pytest

from tests.workflows.form_state import page_form_data
from tests.workflows.journey import stage, submit


@pytest.fixture
def submitted(client, team, draft_fact_sheet, django_capture_on_commit_callbacks):
    """The fact sheet submitted by Redaktion; the checks have passed and Fachreview is next."""
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, draft_fact_sheet, page_form_data(draft_fact_sheet, user=team.redaktion))
    assert stage(draft_fact_sheet) == "Fachreview"
    return draft_fact_sheet
