"""A good-practice sheet through the selection procedure (DOMAIN.md §4):
automated checks → Fachreview → Beratungsgremium (two distinct members) → Freigabe."""

from wagtail.models import TaskState

import pytest

from cms.factories import TopicFactory
from pdfexport.models import PdfKind, PublicationPDF
from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, actions_offered, audit_trail, edit_url, people_create, stage, submit
from workflows.models import QuorumVote


@pytest.fixture
def team(roles):
    return people_create()


@pytest.fixture
def sheet(make_sheet, reference, legal_pages):
    page = make_sheet(live=False)
    page.publishers.add(reference.carrier)
    page.topics.add(TopicFactory())
    page.save_revision()
    return page


@pytest.fixture
def before_the_board(client, team, sheet, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, sheet, page_form_data(sheet, user=team.redaktion))
    assert stage(sheet) == "Fachreview", audit_trail(sheet)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, sheet, comment="Transferfähig und belegt.")
    assert stage(sheet) == "Beratungsgremium"
    return sheet


@pytest.mark.django_db
def test_two_board_members_select_the_sheet_and_freigabe_publishes_it(
    client, team, before_the_board, django_capture_on_commit_callbacks
):
    sheet = before_the_board
    act(client, team.gremium1, sheet, comment="Überzeugt: nachhaltig.")
    assert stage(sheet) == "Beratungsgremium", "one board member cannot complete the quorum alone"
    assert actions_offered(client, team.gremium1, sheet) == set()
    html = client.get(edit_url(sheet)).content.decode()
    assert "bereits abgestimmt" in html
    act(client, team.gremium1, sheet)
    assert QuorumVote.objects.filter(user=team.gremium1).count() == 1
    assert not TaskState.objects.reviewable_by(team.gremium1).exists()
    assert TaskState.objects.reviewable_by(team.gremium2).exists()

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.gremium2, sheet, comment="Zustimmung.")
    assert stage(sheet) == "Freigabe"
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, sheet)
    sheet.refresh_from_db()
    assert sheet.live
    assert PublicationPDF.objects.filter(revision=sheet.live_revision, kind=PdfKind.PUBLICATION).exists()
    trail = audit_trail(sheet)
    assert ("workflows.quorum.approve", "gremium1", "Überzeugt: nachhaltig.") in trail
    assert ("wagtail.workflow.approve", "gremium2", "Zustimmung.") in trail


@pytest.mark.django_db
def test_one_board_member_requesting_changes_sends_it_back_to_the_editor(client, team, before_the_board):
    act(client, team.gremium1, before_the_board)
    act(client, team.gremium3, before_the_board, "reject", comment="Wirkung nicht belegt.")
    assert stage(before_the_board) == "needs_changes"
    client.force_login(team.redaktion)
    html = client.get(edit_url(before_the_board)).content.decode()
    assert "„Wirkung nicht belegt.“" in html


@pytest.mark.django_db
def test_the_board_is_not_the_fachreview_and_editors_get_no_vote(client, team, before_the_board):
    for user in (team.redaktion, team.fachreview, team.outsider, team.admin):
        assert actions_offered(client, user, before_the_board) == set(), user
        act(client, user, before_the_board)
    assert not QuorumVote.objects.exists()
