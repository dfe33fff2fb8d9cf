"""A reviewer who comments stays a reviewer.

Wagtail saves a revision for every comment added in the editor; before the
fix that revision made the reviewer an author, the rejection was refused and
a one-person Fachreview group blocked the publication for good.
"""

from wagtail.models import Comment, TaskState

import pytest

from tests.workflows.form_state import page_form_data
from tests.workflows.journey import actions_offered, audit_trail, edit_url, stage
from workflows.models import RevisionChange


def comment_added(form: dict, *, text: str, contentpath: str = "title") -> dict:
    """The edit form with one new comment, as the editor's comment widget posts it."""
    return {
        **form,
        "comments-TOTAL_FORMS": 1,
        "comments-INITIAL_FORMS": 0,
        "comments-MIN_NUM_FORMS": 0,
        "comments-MAX_NUM_FORMS": 1000,
        "comments-0-id": "",
        "comments-0-contentpath": contentpath,
        "comments-0-text": text,
        "comments-0-position": "",
        "comments-0-replies-TOTAL_FORMS": 0,
        "comments-0-replies-INITIAL_FORMS": 0,
        "comments-0-replies-MIN_NUM_FORMS": 0,
        "comments-0-replies-MAX_NUM_FORMS": 1000,
    }


def workflow_action(client, user, page, form: dict, *, action: str, comment: str = ""):
    """Click a workflow action in the editor: the form is saved with the action."""
    client.force_login(user)
    return client.post(
        edit_url(page),
        {
            **form,
            "action-workflow-action": "true",
            "workflow-action-name": action,
            "workflow-action-extra-data": f'{{"comment": "{comment}"}}',
        },
        follow=True,
    )


@pytest.mark.django_db
def test_a_reviewer_comments_and_requests_changes_in_one_click(
    client, team, submitted, django_capture_on_commit_callbacks
):
    form = comment_added(page_form_data(submitted, user=team.fachreview), text="Quelle fehlt.")
    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(
            client, team.fachreview, submitted, form, action="reject", comment="Bitte Quellen ergänzen."
        )
    assert response.status_code == 200
    assert stage(submitted) == "needs_changes", "the rejection is recorded"
    assert Comment.objects.get(page=submitted).text == "Quelle fehlt."
    rejected = TaskState.objects.get(status=TaskState.STATUS_REJECTED)
    assert rejected.finished_by == team.fachreview
    assert ("wagtail.workflow.reject", "fachreview", "Bitte Quellen ergänzen.") in audit_trail(submitted)
    submitted.refresh_from_db()
    assert not RevisionChange.objects.get(revision=submitted.get_latest_revision()).content_changed


@pytest.mark.django_db
def test_a_comment_saved_alone_neither_makes_an_author_nor_restarts_the_review(
    client, team, submitted, django_capture_on_commit_callbacks
):
    """The only Fachreview member comments (a plain save), then approves."""
    team.fachreview2.groups.clear()
    form = comment_added(page_form_data(submitted, user=team.fachreview), text="Zahl prüfen.")
    client.force_login(team.fachreview)
    client.post(edit_url(submitted), form)
    assert Comment.objects.filter(page=submitted).count() == 1
    assert actions_offered(client, team.fachreview, submitted) == {"approve", "reject"}

    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(
            client, team.fachreview, submitted, page_form_data(submitted, user=team.fachreview), action="approve"
        )
    assert stage(submitted) == "Freigabe", "approved without the checks or Fachreview starting again"


@pytest.mark.django_db
def test_a_reviewer_who_edits_and_approves_keeps_the_edit_and_is_told_another_member_approves(
    client, team, submitted, django_capture_on_commit_callbacks
):
    form = page_form_data(submitted, user=team.fachreview, title="IQ Beratung 2023 in Zahlen (korrigiert)")
    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(client, team.fachreview, submitted, form, action="approve")
    html = response.content.decode()
    assert "Nicht freigegeben:" in html
    assert "gibt ein anderes Mitglied frei" in html
    submitted.refresh_from_db()
    assert submitted.get_latest_revision_as_object().title.endswith("(korrigiert)"), "the edit is kept"
    assert stage(submitted) == "Fachreview"
    assert not TaskState.objects.filter(finished_by=team.fachreview).exists()

    # The editor can still stop the publication, but not approve it.
    assert actions_offered(client, team.fachreview, submitted) == {"reject"}
    assert actions_offered(client, team.fachreview2, submitted) == {"approve", "reject"}
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(
            client,
            team.fachreview,
            submitted,
            page_form_data(submitted, user=team.fachreview),
            action="reject",
            comment="Doch noch offen.",
        )
    assert stage(submitted) == "needs_changes"


@pytest.mark.django_db
@pytest.mark.parametrize("empty", ["<p></p>", '<p data-block-key="x1y2"></p>', "<p> </p>"])
def test_an_empty_rich_text_field_the_editor_posts_back_is_no_edit(draft_fact_sheet, empty):
    """Draftail posts an untouched empty field as an empty paragraph where the
    stored revision has ""; the reviewer who approves from the editor changed nothing."""
    draft_fact_sheet.methodology_note = empty
    unchanged = draft_fact_sheet.save_revision()
    draft_fact_sheet.methodology_note = "<p>Neu: Hochrechnung</p>"
    edited = draft_fact_sheet.save_revision()

    assert RevisionChange.objects.get(revision=unchanged).content_changed is False
    assert RevisionChange.objects.get(revision=edited).content_changed is True
