"""The board's selection as the programme runs it: each member votes with a
judgement and a reason per criterion; the stage ends „ausgewählt“ (on to
Freigabe, published with the judgements on the web page and in the PDF) or
„nicht ausgewählt“ (archived with the judgements, never published)."""

import datetime
import io
import zoneinfo

from django.core.exceptions import PermissionDenied
from django.urls import reverse

from wagtail.models import PageLogEntry, Task, TaskState, Workflow, WorkflowState

import pytest
import time_machine
from bs4 import BeautifulSoup
from pypdf import PdfReader

from goodpractice.models import BoardDecision, BoardSelectionTask, Criterion, CriterionJudgement, Judgement, Outcome
from goodpractice.selection.stage import board_stage_ensure
from pdfexport.models import PdfKind, PublicationPDF
from tests.goodpractice.board import MET, NOT_MET, ballot, vote
from tests.pdf_inspection import flat_text
from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, edit_url, stage, submit
from workflows.models import QuorumVote

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
SECOND_MEMBER = {
    Criterion.TRANSFERABLE: (Judgement.MET, "Mustervereinbarung und Ablaufplan machen die Übernahme leicht."),
    Criterion.INNOVATIVE: (Judgement.PARTLY_MET, "Neu ist die enge Abstimmung im Haus, nicht die Sprechstunde."),
    Criterion.SUSTAINABLE: (Judgement.MET, "Das Jobcenter hat die Sprechstunde in seine Abläufe übernommen."),
    Criterion.EFFICIENT: (Judgement.MET, "Ohne zusätzliche Stellen halbiert sich die Zeit bis zum Antrag."),
}


def _history(client, user, page) -> str:
    client.force_login(user)
    return client.get(reverse("wagtailadmin_pages:history", args=(page.pk,))).content.decode()


@pytest.mark.django_db
def test_the_board_selects_and_the_sheet_shows_its_judgements_on_the_web_and_in_the_pdf(
    client, team, before_the_board, django_capture_on_commit_callbacks
):
    sheet = before_the_board
    with time_machine.travel(datetime.datetime(2024, 3, 12, 10, 0, tzinfo=BERLIN)):
        assert vote(client, team.gremium1, sheet, "select")["step"] == "success"
    with time_machine.travel(datetime.datetime(2024, 3, 12, 16, 30, tzinfo=BERLIN)):
        vote(client, team.gremium2, sheet, "select", data=ballot(SECOND_MEMBER, comment="Gern ausgewählt."))
    assert stage(sheet) == "Freigabe"
    decision = BoardDecision.objects.get(page_id=sheet.pk)
    assert (decision.outcome, decision.votes_for, decision.votes_cast) == (Outcome.SELECTED, 2, 2)
    last_vote = QuorumVote.objects.get(user=team.gremium2)
    assert decision.decided_at >= last_vote.created_at, "the selection date is the date of the deciding vote"
    assert CriterionJudgement.objects.filter(vote__task_state=decision.task_state).count() == 8

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, sheet)
    sheet.refresh_from_db()
    assert sheet.live

    client.logout()
    soup = BeautifulSoup(client.get(sheet.url).content, "html.parser")
    section = soup.select_one(".good-practice__criteria")
    assert "Ausgewählt am 12. März 2024 durch das Beratungsgremium" in section.get_text(" ", strip=True)
    assert section.select_one("time")["datetime"] == "2024-03-12"
    judgements = {
        item.dt.get_text(strip=True): [dd.get_text(" ", strip=True) for dd in item.find_all("dd")]
        for item in section.select(".criteria-list__item")
    }
    assert judgements == {
        criterion.label: [
            f"{MET[criterion][0].label.capitalize()} – {MET[criterion][1]}",
            f"{SECOND_MEMBER[criterion][0].label.capitalize()} – {SECOND_MEMBER[criterion][1]}",
        ]
        for criterion in Criterion
    }
    for name in ("Schulz", "Yılmaz", "gremium1"):
        assert name not in section.get_text(), "the sheet publishes the board's judgement, not who voted how"
    selection = " ".join(soup.select_one(".selection-info").stripped_strings)
    assert "von IQ Netzwerk Hessen am 15. Januar 2024 für die Kriterien transferfähig, innovativ" in selection
    assert "am 12. März 2024 durch das Beratungsgremium" in selection and "2024" in selection

    pdf = PublicationPDF.objects.get(revision=sheet.live_revision, kind=PdfKind.PUBLICATION)
    with pdf.file.open("rb") as stored:
        text = flat_text(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(stored.read())).pages))
    assert "Ausgewählt am 12. März 2024 durch das Beratungsgremium" in text
    for criterion in Criterion:
        for judgements_of_member in (MET, SECOND_MEMBER):
            judgement, reason = judgements_of_member[criterion]
            assert f"{judgement.label.capitalize()} – {reason}" in text, (criterion, reason)
    assert "Vorgeschlagen von IQ Netzwerk Hessen am 15. Januar 2024" in text

    history = _history(client, team.redaktion, sheet)
    assert "Stimme „Auswählen“ bei „Beratungsgremium“ (1 von 2)" in history
    assert "Ausgewählt durch das Beratungsgremium (2 von 2 Stimmen für die Auswahl)" in history
    assert "Nachhaltig: teilweise erfüllt" in history


@pytest.mark.django_db
def test_the_board_does_not_select_and_the_proposal_is_archived_unpublished_with_its_judgements(
    client, team, before_the_board, django_capture_on_commit_callbacks
):
    sheet = before_the_board
    with django_capture_on_commit_callbacks(execute=True):
        vote(client, team.gremium1, sheet, "not_select", data=ballot(NOT_MET))
        assert stage(sheet) == "Beratungsgremium"
        vote(client, team.gremium3, sheet, "select", data=ballot(MET, comment="Ich hätte ausgewählt."))

    # One of two votes for the selection is no majority: the workflow ends without publishing.
    assert stage(sheet) is None
    decision = BoardDecision.objects.get(page_id=sheet.pk)
    assert (decision.outcome, decision.votes_for, decision.votes_cast) == (Outcome.NOT_SELECTED, 1, 2)
    assert decision.task_state.status == TaskState.STATUS_REJECTED
    assert decision.task_state.workflow_state.status == WorkflowState.STATUS_CANCELLED
    assert CriterionJudgement.objects.filter(vote__task_state=decision.task_state).count() == 8
    sheet.refresh_from_db()
    assert not sheet.live and sheet.live_revision is None
    assert not PublicationPDF.objects.filter(page=sheet, kind=PdfKind.PUBLICATION).exists()
    client.logout()
    assert client.get(sheet.url).status_code == 404
    assert client.get(sheet.url + "pdf/").status_code == 404

    client.force_login(team.redaktion)
    editor = BeautifulSoup(client.get(edit_url(sheet)).content, "html.parser").get_text(" ", strip=True)
    assert "Archiviert: Das Beratungsgremium hat diesen Vorschlag am" in editor
    assert "Nicht ausgewählt am" in editor and "(1 von 2 Stimmen für die Auswahl)" in editor
    for _, reason in NOT_MET.values():
        assert reason in editor
    assert "Katrin Vogel: Auswählen" in editor and "Ich hätte ausgewählt." in editor

    history = _history(client, team.redaktion, sheet)
    assert "Stimme „Nicht auswählen“ bei „Beratungsgremium“ (1 von 2)" in history
    assert "Innovativ: nicht erfüllt („Sprechstunden im Jobcenter gibt es vielerorts schon.“)" in history
    assert "Nicht ausgewählt durch das Beratungsgremium (1 von 2 Stimmen für die Auswahl)" in history
    actions = list(PageLogEntry.objects.filter(page=sheet).values_list("action", flat=True))
    assert actions.count("goodpractice.board.vote") == 2 and "goodpractice.board.not_selected" in actions
    assert "wagtail.workflow.cancel" not in actions and "wagtail.publish" not in actions

    # Never published, whoever tries: the revision the board did not select cannot go live.
    with pytest.raises(PermissionDenied, match="nicht ausgewählt"):
        sheet.specific.publish(decision.revision)
    sheet.refresh_from_db()
    assert not sheet.live


@pytest.mark.django_db
def test_an_archived_proposal_goes_back_to_the_board_only_with_a_new_nomination(
    client, team, before_the_board, django_capture_on_commit_callbacks
):
    sheet = before_the_board
    vote(client, team.gremium1, sheet, "not_select", data=ballot(NOT_MET))
    vote(client, team.gremium2, sheet, "not_select", data=ballot(NOT_MET))
    form = page_form_data(sheet, user=team.redaktion)

    response = submit(client, team.redaktion, sheet, form)
    assert response.status_code == 200
    error = " ".join(response.context["form"].errors["nominated_at"])
    assert "hat diesen Vorschlag am" in error and "nicht ausgewählt; er ist archiviert" in error
    assert "nach dem 15. Januar 2024" in error
    assert error in response.content.decode()
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).count() == 0

    renominated = {**form, "nominated_at": "2024-06-03", "nominated_by": "IQ Fachstelle Beratung und Qualifizierung"}
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, team.redaktion, sheet, renominated)
    assert response.status_code == 302
    assert stage(sheet) == "Fachreview", "the new proposal runs through the whole procedure again"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("action", "blanked", "message"),
    [
        ("select", {"nachhaltig_judgement": ""}, "Bitte bewerten Sie das Kriterium „Nachhaltig“."),
        ("not_select", {"effizient_reason": "   "}, "Bitte begründen Sie Ihr Urteil zu „Effizient“ in wenigen Sätzen."),
        ("select", {"innovativ_reason": "x" * 501}, "Die Begründung zu „Innovativ“ ist zu lang: höchstens 500 Zeichen"),
        (
            "select",
            {"innovativ_judgement": Judgement.NOT_MET.value},
            "Auswählen setzt voraus, dass kein Kriterium „nicht erfüllt“ ist; Sie haben „Innovativ“ so bewertet.",
        ),
    ],
)
def test_a_vote_without_a_judgement_and_reason_for_every_criterion_is_refused_and_nothing_changes(
    client, team, before_the_board, action, blanked, message
):
    task_state = before_the_board.current_workflow_task_state
    answer = vote(client, team.gremium1, before_the_board, action, data=ballot(MET, **blanked))

    assert answer["step"] == "action", "the modal shows the form again"
    assert message in answer["html"]
    assert not QuorumVote.objects.exists() and not CriterionJudgement.objects.exists()
    assert not PageLogEntry.objects.filter(action__startswith="goodpractice.board").exists()
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert stage(before_the_board) == "Beratungsgremium"


@pytest.mark.django_db
def test_a_vote_through_the_editor_without_judgements_is_refused_too(client, team, before_the_board):
    # The editor's „approve with edits“ path sends the modal's data as JSON without validating it again.
    form = page_form_data(before_the_board, user=team.gremium1)
    client.force_login(team.gremium1)
    response = client.post(
        edit_url(before_the_board),
        {
            **form,
            "action-workflow-action": "true",
            "workflow-action-name": "select",
            "workflow-action-extra-data": '{"comment": "Passt."}',
        },
    )
    # Wagtail turns the refusal into its generic "no permission" redirect; nothing is recorded.
    assert response.status_code == 302
    assert not QuorumVote.objects.exists() and not CriterionJudgement.objects.exists()
    assert stage(before_the_board) == "Beratungsgremium"


@pytest.mark.django_db
def test_the_listing_page_passes_the_board_stage_without_a_ballot(
    client, team, good_practice_index, django_capture_on_commit_callbacks
):
    # The workflow covers the listing too; the board selects practices, not listings.
    form = page_form_data(good_practice_index, user=team.redaktion, intro="Erprobte Ansätze, neu beschrieben.")
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, good_practice_index, form)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, good_practice_index)
    assert stage(good_practice_index) == "Freigabe"
    board = TaskState.objects.get(workflow_state__object_id=str(good_practice_index.pk), task__name="Beratungsgremium")
    assert board.status == TaskState.STATUS_SKIPPED and "nur IQ Good Practice-Blätter" in board.comment
    assert not BoardDecision.objects.exists()


@pytest.mark.django_db
def test_the_default_workflow_votes_with_the_ballot_keeping_its_groups_and_count(roles):
    # goodpractice.0007 converted the stage in place; seed_demo and the test baseline run it again.
    workflow = Workflow.objects.get(name="IQ Good Practice")
    board = [task.specific for task in workflow.tasks if task.name == "Beratungsgremium"][0]
    assert isinstance(board, BoardSelectionTask)
    assert board.required_approvals == 2 and [group.name for group in board.groups.all()] == ["Beratungsgremium"]
    assert board_stage_ensure() == board.pk
    assert BoardSelectionTask.objects.count() == 1 and Task.objects.filter(name="Beratungsgremium").count() == 1
