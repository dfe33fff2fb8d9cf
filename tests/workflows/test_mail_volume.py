"""How many e-mails a submitter gets for one fact sheet: one per decision a
person took, none for automated checks that found nothing to say."""

import pytest

from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, stage, submit
from tests.workflows.mails import mails_to


def _subjects(username: str) -> list[str]:
    return [message.subject for message in mails_to(username)]


@pytest.mark.django_db
def test_a_fact_sheet_journey_sends_its_submitter_two_mails(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    # Before: three (checks passed, Fachreview approved, published); with one
    # rejection and resubmission five, as the checks' pass was mailed on every run.
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, draft_fact_sheet, page_form_data(draft_fact_sheet, user=team.redaktion))
    assert stage(draft_fact_sheet) == "Fachreview"
    assert _subjects("redaktion") == [], "checks without findings are not worth a mail"

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, draft_fact_sheet, comment="Zahlen geprüft.")
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, draft_fact_sheet, comment="Freigegeben.")

    draft_fact_sheet.refresh_from_db()
    assert draft_fact_sheet.live
    assert _subjects("redaktion") == [
        "Freigegeben im Schritt „Fachreview“: „IQ Beratung 2023 in Zahlen“",
        "Veröffentlicht: „IQ Beratung 2023 in Zahlen“",
    ]
    # Each reviewer is asked once, when their stage starts.
    assert len(_subjects("fachreview")) == 1 and len(_subjects("freigabe")) == 1


@pytest.mark.django_db
def test_checks_that_pass_with_recommendations_tell_the_submitter_what_to_improve(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    form = page_form_data(draft_fact_sheet, user=team.redaktion, teaser="Zahlen zur Beratung.")
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, draft_fact_sheet, form)
    assert stage(draft_fact_sheet) == "Fachreview"

    [message] = mails_to("redaktion")
    assert message.subject == "Freigegeben im Schritt „Automatische Prüfungen“: „IQ Beratung 2023 in Zahlen“"
    assert "Hinweise der automatischen Prüfung:" in message.body
    assert "Der Teaser ist mit 20 Zeichen sehr kurz." in message.body
