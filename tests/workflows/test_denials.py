"""What the review workflow refuses, and that the refused person is told why.

Fact sheets: automated checks → Fachreview → Freigabe.
"""

import datetime

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.models import TaskState

import pytest

from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, actions_offered, edit_url, save, stage, submit


@pytest.mark.django_db
def test_nobody_publishes_a_publication_directly_not_even_freigabe(client, team, draft_fact_sheet):
    for user in (team.redaktion, team.freigabe, team.admin):
        client.force_login(user)
        html = client.get(edit_url(draft_fact_sheet)).content.decode()
        assert 'name="action-publish"' not in html, user
        form = page_form_data(draft_fact_sheet, user=user, title=f"Geändert von {user.username}")
        response = client.post(edit_url(draft_fact_sheet), {**form, "action-publish": "action-publish"}, follow=True)
        draft_fact_sheet.refresh_from_db()
        assert not draft_fact_sheet.live, user
        # The edit is kept as a draft revision, nothing is lost.
        assert draft_fact_sheet.get_latest_revision_as_object().title == f"Geändert von {user.username}"
    assert "über den Workflow „IQ Fact Sheet“ online" in response.content.decode()


@pytest.mark.django_db
def test_an_editor_can_neither_approve_nor_request_changes(client, team, submitted):
    assert actions_offered(client, team.redaktion2, submitted) == set()
    for action in ("approve", "reject"):
        act(client, team.redaktion2, submitted, action)
        assert stage(submitted) == "Fachreview"
    assert not TaskState.objects.filter(finished_by=team.redaktion2).exists()


@pytest.mark.django_db
def test_users_outside_the_stage_groups_get_no_actions_not_even_a_superuser(client, team, submitted):
    for user in (team.outsider, team.admin, team.freigabe, team.lektorat):
        assert actions_offered(client, user, submitted) == set(), user
        act(client, user, submitted)
        assert stage(submitted) == "Fachreview", user
    assert actions_offered(client, team.fachreview, submitted) == {"approve", "reject"}


@pytest.mark.django_db
def test_a_submitter_cannot_approve_their_own_revision_at_any_stage(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    # Someone who belongs to every reviewing group submits the fact sheet.
    allrounder = team.fachreview2
    allrounder.groups.add(Group.objects.get(name="Freigabe"))
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, allrounder, draft_fact_sheet, page_form_data(draft_fact_sheet, user=allrounder))

    for stage_name, colleague in (("Fachreview", team.fachreview), ("Freigabe", team.freigabe)):
        assert stage(draft_fact_sheet) == stage_name
        # Approving is closed to them; asking for changes stays open to every member.
        assert actions_offered(client, allrounder, draft_fact_sheet) == {"reject"}
        html = client.get(edit_url(draft_fact_sheet)).content.decode()
        assert "Sie haben diese Fassung zur Prüfung eingereicht. Nach dem Vier-Augen-Prinzip" in html
        act(client, allrounder, draft_fact_sheet)
        assert stage(draft_fact_sheet) == stage_name, "refused"
        with django_capture_on_commit_callbacks(execute=True):
            act(client, colleague, draft_fact_sheet)
    draft_fact_sheet.refresh_from_db()
    assert draft_fact_sheet.live


@pytest.mark.django_db
def test_a_superuser_who_submitted_cannot_approve_even_as_a_group_member(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    team.admin.groups.add(Group.objects.get(name="Fachreview"))
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.admin, draft_fact_sheet, page_form_data(draft_fact_sheet, user=team.admin))
    assert stage(draft_fact_sheet) == "Fachreview"
    assert actions_offered(client, team.admin, draft_fact_sheet) == {"reject"}
    act(client, team.admin, draft_fact_sheet)
    assert stage(draft_fact_sheet) == "Fachreview"


@pytest.mark.django_db
def test_a_reviewer_who_edits_the_draft_can_no_longer_approve_it(client, team, submitted):
    save(client, team.fachreview, submitted, page_form_data(submitted, user=team.fachreview, title="Neuer Titel"))
    assert actions_offered(client, team.fachreview, submitted) == {"reject"}
    html = client.get(edit_url(submitted)).content.decode()
    assert "seit der letzten Veröffentlichung geändert" in html
    assert actions_offered(client, team.fachreview2, submitted) == {"approve", "reject"}


@pytest.mark.django_db
def test_an_edit_after_an_approval_needs_that_approval_again(
    client, team, submitted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, submitted, comment="Fachlich korrekt.")
    assert stage(submitted) == "Freigabe"

    # Freigabe changes a figure while deciding; the change has not been reviewed.
    second = team.lektorat2
    second.groups.add(Group.objects.get(name="Freigabe"))  # a second person for the Freigabe stage
    save(client, team.freigabe, submitted, page_form_data(submitted, user=team.freigabe, title="Korrigiert"))
    with django_capture_on_commit_callbacks(execute=True):
        act(client, second, submitted)

    submitted.refresh_from_db()
    assert not submitted.live, "the edited revision was never reviewed by Fachreview"
    assert stage(submitted) == "Fachreview", "the checks ran again and Fachreview must approve the edit"
    assert actions_offered(client, team.fachreview, submitted) == {"approve", "reject"}
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, submitted)
    assert stage(submitted) == "Freigabe"
    assert actions_offered(client, team.freigabe, submitted) == {"reject"}, "freigabe edited it: four eyes"
    with django_capture_on_commit_callbacks(execute=True):
        act(client, second, submitted)
    submitted.refresh_from_db()
    assert submitted.live and submitted.title == "Korrigiert"


@pytest.mark.django_db
def test_a_rejection_goes_back_to_the_editor_with_the_comment_and_resubmission_continues_there(
    client, team, submitted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, submitted, "reject", comment="Die Quelle der zweiten Zahl fehlt.")
    assert stage(submitted) == "needs_changes"
    client.force_login(team.redaktion)
    html = client.get(edit_url(submitted)).content.decode()
    assert "Samir Haddad (Fachreview) hat am" in html
    assert "„Die Quelle der zweiten Zahl fehlt.“" in html

    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, submitted, page_form_data(submitted, user=team.redaktion))
    assert stage(submitted) == "Fachreview", "resubmission continues at the stage that asked for changes"


@pytest.mark.django_db
def test_wagtails_reviewable_listing_leaves_out_whom_the_four_eyes_rule_refuses(team, submitted):
    """Wagtail lists "what a user can moderate" in its own views through
    ``TaskState.objects.reviewable_by``; it must agree with the actions."""
    state = submitted.current_workflow_task_state
    assert list(TaskState.objects.reviewable_by(team.fachreview)) == [state]
    assert not TaskState.objects.reviewable_by(team.redaktion).exists()
    assert not TaskState.objects.reviewable_by(team.freigabe).exists()
    submitted.teaser = "Von Fachreview nachgeschärft."
    submitted.save_revision(user=team.fachreview2)  # fachreview2 edits: now one of the authors
    assert not TaskState.objects.reviewable_by(team.fachreview2).exists()


@pytest.mark.django_db
def test_an_editor_learns_when_the_checks_never_finish(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):  # the worker never picks the job up
        submit(client, team.redaktion, draft_fact_sheet, page_form_data(draft_fact_sheet, user=team.redaktion))
    assert stage(draft_fact_sheet) == "Automatische Prüfungen"
    html = client.get(edit_url(draft_fact_sheet)).content.decode()
    assert "Die automatische Prüfung läuft." in html

    TaskState.objects.filter(pk=draft_fact_sheet.current_workflow_task_state.pk).update(
        started_at=timezone.now() - datetime.timedelta(minutes=25)
    )
    html = client.get(edit_url(draft_fact_sheet)).content.decode()
    assert "läuft seit 25 Minuten ohne Ergebnis" in html
    assert "Hintergrunddienst (Worker)" in html


@pytest.mark.django_db
def test_bulk_publishing_from_the_page_listing_is_refused_too(client, team, draft_fact_sheet):
    client.force_login(team.freigabe)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    response = client.post(f"{url}?id={draft_fact_sheet.pk}", {"include_descendants": ""}, follow=True)
    draft_fact_sheet.refresh_from_db()
    assert not draft_fact_sheet.live
    assert "durchlaufen einen Prüf-Workflow" in response.content.decode()
