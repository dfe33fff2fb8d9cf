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
def test_nobody_publishes_a_publication_directly_not_even_freigabe(client, people, fact_sheet):
    for user in (people.redaktion, people.freigabe, people.admin):
        client.force_login(user)
        html = client.get(edit_url(fact_sheet)).content.decode()
        assert 'name="action-publish"' not in html, user
        form = page_form_data(fact_sheet, user=user, title=f"Geändert von {user.username}")
        response = client.post(edit_url(fact_sheet), {**form, "action-publish": "action-publish"}, follow=True)
        fact_sheet.refresh_from_db()
        assert not fact_sheet.live, user
        # The edit is kept as a draft revision, nothing is lost.
        assert fact_sheet.get_latest_revision_as_object().title == f"Geändert von {user.username}"
    assert "über den Workflow „IQ Fact Sheet“ online" in response.content.decode()


@pytest.mark.django_db
def test_an_editor_can_neither_approve_nor_request_changes(client, people, submitted):
    assert actions_offered(client, people.redaktion2, submitted) == set()
    for action in ("approve", "reject"):
        act(client, people.redaktion2, submitted, action)
        assert stage(submitted) == "Fachreview"
    assert not TaskState.objects.filter(finished_by=people.redaktion2).exists()


@pytest.mark.django_db
def test_users_outside_the_stage_groups_get_no_actions_not_even_a_superuser(client, people, submitted):
    for user in (people.outsider, people.admin, people.freigabe, people.lektorat):
        assert actions_offered(client, user, submitted) == set(), user
        act(client, user, submitted)
        assert stage(submitted) == "Fachreview", user
    assert actions_offered(client, people.fachreview, submitted) == {"approve", "reject"}


@pytest.mark.django_db
def test_a_submitter_cannot_approve_their_own_revision_at_any_stage(
    client, people, fact_sheet, django_capture_on_commit_callbacks
):
    # Someone who belongs to every reviewing group submits the fact sheet.
    allrounder = people.fachreview2
    allrounder.groups.add(Group.objects.get(name="Freigabe"))
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, allrounder, fact_sheet, page_form_data(fact_sheet, user=allrounder))

    for stage_name, colleague in (("Fachreview", people.fachreview), ("Freigabe", people.freigabe)):
        assert stage(fact_sheet) == stage_name
        # Approving is closed to them; asking for changes stays open to every member.
        assert actions_offered(client, allrounder, fact_sheet) == {"reject"}
        html = client.get(edit_url(fact_sheet)).content.decode()
        assert "Sie haben diese Fassung zur Prüfung eingereicht. Nach dem Vier-Augen-Prinzip" in html
        act(client, allrounder, fact_sheet)
        assert stage(fact_sheet) == stage_name, "refused"
        with django_capture_on_commit_callbacks(execute=True):
            act(client, colleague, fact_sheet)
    fact_sheet.refresh_from_db()
    assert fact_sheet.live


@pytest.mark.django_db
def test_a_superuser_who_submitted_cannot_approve_even_as_a_group_member(
    client, people, fact_sheet, django_capture_on_commit_callbacks
):
    people.admin.groups.add(Group.objects.get(name="Fachreview"))
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, people.admin, fact_sheet, page_form_data(fact_sheet, user=people.admin))
    assert stage(fact_sheet) == "Fachreview"
    assert actions_offered(client, people.admin, fact_sheet) == {"reject"}
    act(client, people.admin, fact_sheet)
    assert stage(fact_sheet) == "Fachreview"


@pytest.mark.django_db
def test_a_reviewer_who_edits_the_draft_can_no_longer_approve_it(client, people, submitted):
    save(client, people.fachreview, submitted, page_form_data(submitted, user=people.fachreview, title="Neuer Titel"))
    assert actions_offered(client, people.fachreview, submitted) == {"reject"}
    html = client.get(edit_url(submitted)).content.decode()
    assert "seit der letzten Veröffentlichung geändert" in html
    assert actions_offered(client, people.fachreview2, submitted) == {"approve", "reject"}


@pytest.mark.django_db
def test_an_edit_after_an_approval_needs_that_approval_again(
    client, people, submitted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        act(client, people.fachreview, submitted, comment="Fachlich korrekt.")
    assert stage(submitted) == "Freigabe"

    # Freigabe changes a figure while deciding; the change has not been reviewed.
    second = people.lektorat2
    second.groups.add(Group.objects.get(name="Freigabe"))  # a second person for the Freigabe stage
    save(client, people.freigabe, submitted, page_form_data(submitted, user=people.freigabe, title="Korrigiert"))
    with django_capture_on_commit_callbacks(execute=True):
        act(client, second, submitted)

    submitted.refresh_from_db()
    assert not submitted.live, "the edited revision was never reviewed by Fachreview"
    assert stage(submitted) == "Fachreview", "the checks ran again and Fachreview must approve the edit"
    assert actions_offered(client, people.fachreview, submitted) == {"approve", "reject"}
    with django_capture_on_commit_callbacks(execute=True):
        act(client, people.fachreview, submitted)
    assert stage(submitted) == "Freigabe"
    assert actions_offered(client, people.freigabe, submitted) == {"reject"}, "freigabe edited it: four eyes"
    with django_capture_on_commit_callbacks(execute=True):
        act(client, second, submitted)
    submitted.refresh_from_db()
    assert submitted.live and submitted.title == "Korrigiert"


@pytest.mark.django_db
def test_a_rejection_goes_back_to_the_editor_with_the_comment_and_resubmission_continues_there(
    client, people, submitted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        act(client, people.fachreview, submitted, "reject", comment="Die Quelle der zweiten Zahl fehlt.")
    assert stage(submitted) == "needs_changes"
    client.force_login(people.redaktion)
    html = client.get(edit_url(submitted)).content.decode()
    assert "Samir Haddad (Fachreview) hat am" in html
    assert "„Die Quelle der zweiten Zahl fehlt.“" in html

    with django_capture_on_commit_callbacks(execute=True):
        submit(client, people.redaktion, submitted, page_form_data(submitted, user=people.redaktion))
    assert stage(submitted) == "Fachreview", "resubmission continues at the stage that asked for changes"


@pytest.mark.django_db
def test_wagtails_reviewable_listing_leaves_out_whom_the_four_eyes_rule_refuses(people, submitted):
    """Wagtail lists "what a user can moderate" in its own views through
    ``TaskState.objects.reviewable_by``; it must agree with the actions."""
    state = submitted.current_workflow_task_state
    assert list(TaskState.objects.reviewable_by(people.fachreview)) == [state]
    assert not TaskState.objects.reviewable_by(people.redaktion).exists()
    assert not TaskState.objects.reviewable_by(people.freigabe).exists()
    submitted.save_revision(user=people.fachreview2)  # fachreview2 edits: now one of the authors
    assert not TaskState.objects.reviewable_by(people.fachreview2).exists()


@pytest.mark.django_db
def test_an_editor_learns_when_the_checks_never_finish(client, people, fact_sheet, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):  # the worker never picks the job up
        submit(client, people.redaktion, fact_sheet, page_form_data(fact_sheet, user=people.redaktion))
    assert stage(fact_sheet) == "Automatische Prüfungen"
    html = client.get(edit_url(fact_sheet)).content.decode()
    assert "Die automatische Prüfung läuft." in html

    TaskState.objects.filter(pk=fact_sheet.current_workflow_task_state.pk).update(
        started_at=timezone.now() - datetime.timedelta(minutes=25)
    )
    html = client.get(edit_url(fact_sheet)).content.decode()
    assert "läuft seit 25 Minuten ohne Ergebnis" in html
    assert "Hintergrunddienst (Worker)" in html


@pytest.mark.django_db
def test_bulk_publishing_from_the_page_listing_is_refused_too(client, people, fact_sheet):
    client.force_login(people.freigabe)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    response = client.post(f"{url}?id={fact_sheet.pk}", {"include_descendants": ""}, follow=True)
    fact_sheet.refresh_from_db()
    assert not fact_sheet.live
    assert "durchlaufen einen Prüf-Workflow" in response.content.decode()
