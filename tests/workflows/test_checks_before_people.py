"""No person sees a revision the automated checks have not passed.

Before the fix, a resubmission after Lektorat's rejection went straight back
to Lektorat with a new heading error; the checks ran only after Lektorat had
approved the unchecked revision.
"""

from wagtail.models import TaskState

import pytest

from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, audit_trail, stage, submit
from workflows.models import AutomatedChecksTask, CheckRun


@pytest.fixture
def rejected_by_freigabe(client, team, draft_fact_sheet, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, draft_fact_sheet, page_form_data(draft_fact_sheet, user=team.redaktion))
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, draft_fact_sheet)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, draft_fact_sheet, "reject", comment="Titel zu lang.")
    assert stage(draft_fact_sheet) == "needs_changes"
    return draft_fact_sheet


@pytest.mark.django_db
def test_a_resubmission_is_checked_before_the_rejecting_stage_sees_it(
    client, team, rejected_by_freigabe, django_capture_on_commit_callbacks
):
    page = rejected_by_freigabe
    form = page_form_data(page, user=team.redaktion, funding_notice="")  # breaks a required check
    with django_capture_on_commit_callbacks(execute=False):
        submit(client, team.redaktion, page, form)
    assert stage(page) == "Automatische Prüfungen", "the checks come first, not Freigabe"
    assert not TaskState.objects.filter(task__name="Freigabe", status=TaskState.STATUS_IN_PROGRESS).exists()


@pytest.mark.django_db
def test_a_failing_resubmission_goes_back_to_the_editor_without_a_person_seeing_it(
    client, team, rejected_by_freigabe, django_capture_on_commit_callbacks
):
    page = rejected_by_freigabe
    form = page_form_data(page, user=team.redaktion, funding_notice="")
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, page, form)
    assert stage(page) == "needs_changes"
    page.refresh_from_db()
    latest = page.get_latest_revision()
    run = CheckRun.objects.get(revision=latest)
    assert not run.passed
    checks = AutomatedChecksTask.objects.get()
    assert TaskState.objects.filter(task=checks, revision=latest, status=TaskState.STATUS_REJECTED).exists()
    assert not TaskState.objects.filter(revision=latest).exclude(task=checks).exists(), "no person was asked"


@pytest.mark.django_db
def test_a_passing_resubmission_runs_the_checks_then_the_stages_again(
    client, team, rejected_by_freigabe, django_capture_on_commit_callbacks
):
    page = rejected_by_freigabe
    form = page_form_data(page, user=team.redaktion, title="IQ Beratung 2023")
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, page, form)
    page.refresh_from_db()
    latest = page.get_latest_revision()
    assert CheckRun.objects.get(revision=latest).passed
    assert stage(page) == "Fachreview", "the edit restarted the stages approved for the older revision"
    trail = [action for action, _, _ in audit_trail(page)]
    assert trail[-2:] == ["wagtail.workflow.resume", "wagtail.workflow.approve"], trail


@pytest.mark.django_db
def test_the_stage_that_approved_the_older_version_is_told_the_edit_restarted_it(
    client, team, rejected_by_freigabe, django_capture_on_commit_callbacks, mailoutbox
):
    page = rejected_by_freigabe
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, page, page_form_data(page, user=team.redaktion, title="IQ Beratung 2023"))
    to_fachreview = [mail for mail in mailoutbox if "fachreview@example.org" in mail.to]
    assert to_fachreview, [mail.to for mail in mailoutbox]
    assert "die Überarbeitung hat die Prüfung neu gestartet" in to_fachreview[-1].body
