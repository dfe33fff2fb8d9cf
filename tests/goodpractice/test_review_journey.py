"""A good-practice sheet through the selection procedure:
automated checks → Fachreview → Beratungsgremium (two distinct members) → Freigabe."""

from wagtail.models import TaskState

import pytest

from goodpractice.models import Criterion
from pdfexport.models import PdfKind, PublicationPDF
from tests.goodpractice.board import XHR, vote, vote_status, vote_url
from tests.workflows.journey import act, actions_offered, audit_trail, edit_url, stage
from workflows.models import QuorumVote


@pytest.mark.django_db
def test_two_board_members_select_the_sheet_and_freigabe_publishes_it(
    client, team, before_the_board, django_capture_on_commit_callbacks
):
    sheet = before_the_board
    assert actions_offered(client, team.gremium1, sheet) == {"select", "not_select", "reject"}
    modal = client.get(vote_url(sheet, "select"), headers=XHR).json()["html"]
    for criterion in Criterion:
        assert f'<legend class="w-h3">{criterion.label}</legend>' in modal
        assert f'type="radio" name="{criterion.value}_judgement" value="teilweise"' in modal
        assert f'name="{criterion.value}_reason"' in modal
    assert vote(client, team.gremium1, sheet, "select")["step"] == "success"
    assert stage(sheet) == "Beratungsgremium", "one board member cannot complete the quorum alone"
    # Having voted, a member can still ask for changes, but not vote again.
    assert actions_offered(client, team.gremium1, sheet) == {"reject"}
    html = client.get(edit_url(sheet)).content.decode()
    assert "bereits abgestimmt" in html
    assert vote_status(client, team.gremium1, sheet) == 403
    assert QuorumVote.objects.filter(user=team.gremium1).count() == 1
    assert not TaskState.objects.reviewable_by(team.gremium1).exists()
    assert TaskState.objects.reviewable_by(team.gremium2).exists()

    with django_capture_on_commit_callbacks(execute=True):
        vote(client, team.gremium2, sheet, "select")
    assert stage(sheet) == "Freigabe"
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, sheet)
    sheet.refresh_from_db()
    assert sheet.live
    assert PublicationPDF.objects.filter(revision=sheet.live_revision, kind=PdfKind.PUBLICATION).exists()
    assert ("wagtail.workflow.approve", "gremium2", "") in audit_trail(sheet)


@pytest.mark.django_db
def test_one_board_member_requesting_changes_sends_it_back_to_the_editor(client, team, before_the_board):
    vote(client, team.gremium1, before_the_board, "select")
    act(client, team.gremium3, before_the_board, "reject", comment="Wirkung nicht belegt.")
    assert stage(before_the_board) == "needs_changes"
    client.force_login(team.redaktion)
    html = client.get(edit_url(before_the_board)).content.decode()
    assert "„Wirkung nicht belegt.“" in html


@pytest.mark.django_db
def test_the_board_is_not_the_fachreview_and_editors_get_no_vote(client, team, before_the_board):
    for user in (team.redaktion, team.fachreview, team.outsider, team.admin):
        assert actions_offered(client, user, before_the_board) == set(), user
        assert vote_status(client, user, before_the_board) == 403, user
    assert not QuorumVote.objects.exists()
