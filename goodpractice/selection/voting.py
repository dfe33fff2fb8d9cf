"""Casting a board vote and deciding the stage once enough members have voted."""

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import TaskState, WorkflowState

from workflows.models import QuorumVote

from ..models.board_decision import BoardDecision, Outcome
from ..models.judgement import CriterionJudgement
from . import history
from .ballot import DECISION_OF_CHOICE
from .vote_form import VOTE_FORMS

if TYPE_CHECKING:
    from ..models.board_selection import BoardSelectionTask


def _form_refusal(form) -> str:
    messages = [message for errors in form.errors.values() for message in errors]
    return "Die Stimme wurde nicht gespeichert: " + " ".join(messages)


@transaction.atomic
def board_vote_cast(*, task: "BoardSelectionTask", task_state: TaskState, user, choice: str, data: dict) -> QuorumVote:
    """Record ``user``'s vote with its judgements, and decide the stage when it
    is the last one needed. Refuses (German ``PermissionDenied``, nothing stored)
    a vote without a judgement and a reason for every criterion.

    The form validated the data in the modal already; it is validated again
    because the editor's „approve with edits“ path passes it on unchecked.
    """
    form = VOTE_FORMS[choice](data=data)
    if not form.is_valid():
        raise PermissionDenied(_form_refusal(form))
    # Serialise votes on one task state so two last votes cannot both decide it.
    task_state = TaskState.objects.select_for_update().get(pk=task_state.pk)
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        raise PermissionDenied("Dieser Prüfschritt ist bereits abgeschlossen.")
    if reason := task.refusal(task_state=task_state, user=user):
        raise PermissionDenied(reason)

    comment = form.cleaned_data["comment"]
    # The quorum stage books the vote (with the voter's groups); the ballot adds the judgements.
    vote = task.vote_record(task_state=task_state, user=user, decision=DECISION_OF_CHOICE[choice], comment=comment)
    inputs = form.criterion_inputs()
    CriterionJudgement.objects.bulk_create(
        CriterionJudgement(vote=vote, criterion=item.criterion, judgement=item.judgement, reason=item.reason)
        for item in inputs
    )
    ballots = list(task_state.quorum_votes.exclude(decision=QuorumVote.REJECT).values_list("decision", flat=True))
    page = task_state.revision.as_object()
    log(
        instance=page,
        action=history.VOTE,
        user=user,
        revision=task_state.revision,
        data=history.vote_data(
            task=task, task_state=task_state, choice=choice, inputs=inputs, cast=len(ballots), comment=comment
        ),
    )
    if len(ballots) >= task.required_approvals:
        _decide(task=task, task_state=task_state, page=page, user=user, ballots=ballots, comment=comment)
    return vote


def _decide(*, task, task_state: TaskState, page, user, ballots: list[str], comment: str) -> BoardDecision:
    votes_for = ballots.count(QuorumVote.APPROVE)
    # A majority of the votes cast selects; with the default of two votes both must agree.
    outcome = Outcome.SELECTED if votes_for * 2 > len(ballots) else Outcome.NOT_SELECTED
    decision = BoardDecision.objects.create(
        task_state=task_state,
        page_id=page.pk,
        revision_id=task_state.revision_id,
        outcome=outcome,
        decided_at=timezone.now(),
        votes_for=votes_for,
        votes_cast=len(ballots),
    )
    log(
        instance=page,
        action=history.OUTCOME[outcome],
        user=user,
        revision=task_state.revision,
        data=history.outcome_data(task=task, decision=decision),
    )
    if decision.selected:
        task_state.approve(user=user, comment=comment)
    else:
        _archive(task_state=task_state, user=user, comment=comment)
    return decision


def _archive(*, task_state: TaskState, user, comment: str) -> None:
    """End the workflow without publishing.

    Wagtail knows no "rejected for good": ``reject()`` asks for changes and
    ``cancel()`` logs „abgebrochen“ by the last voter. Both would misreport the
    decision, which the outcome entry in the history states instead; so the
    statuses are set directly. A not-selected proposal may be submitted again
    only with a new nomination (``page_form.py``).
    """
    task_state.status = TaskState.STATUS_REJECTED
    task_state.finished_at = timezone.now()
    task_state.finished_by = user
    task_state.comment = comment
    task_state.save(update_fields=["status", "finished_at", "finished_by", "comment"])
    workflow_state = WorkflowState.objects.select_for_update().get(pk=task_state.workflow_state_id)
    workflow_state.status = WorkflowState.STATUS_CANCELLED
    workflow_state.save()
