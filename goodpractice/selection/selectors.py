"""Reading the board's decisions: the selection a revision of a sheet shows,
and the full record editors see in the admin."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import OuterRef, QuerySet, Subquery

from workflows.models import QuorumVote

from ..models.board_decision import BoardDecision, Outcome
from ..models.criteria import Criterion, Judgement
from ..models.judgement import CriterionJudgement
from .ballot import ballot_label


@dataclass(frozen=True)
class Verdict:
    """One member's judgement on one criterion (no name: the sheet publishes the
    board's judgement, not who voted how)."""

    judgement: str
    judgement_label: str
    reason: str


@dataclass(frozen=True)
class CriterionVerdicts:
    criterion: Criterion
    verdicts: list[Verdict]

    @property
    def label(self) -> str:
        return self.criterion.label


@dataclass(frozen=True)
class BoardSelection:
    """What the published sheet says about its selection."""

    decided_at: datetime
    criteria: list[CriterionVerdicts]


@dataclass
class VoteRecord:
    """One vote as editors see it in the admin: who, when, how, and why."""

    voter: str
    voted_at: datetime
    ballot: str
    comment: str
    judgements: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class DecisionRecord:
    decision: BoardDecision
    votes: list[VoteRecord]


def board_selection_for(*, page_id: int | None, revision_id: int | None) -> BoardSelection | None:
    """The selection that applies to ``revision_id`` of the sheet: the latest
    „ausgewählt“ decided on that revision or an earlier one. Two queries."""
    if not page_id or not revision_id:
        return None
    decision = (
        BoardDecision.objects.filter(page_id=page_id, outcome=Outcome.SELECTED, revision_id__lte=revision_id)
        .order_by("-decided_at", "-pk")
        .first()
    )
    if decision is None:
        return None
    by_criterion = defaultdict(list)
    judgements = CriterionJudgement.objects.filter(vote__task_state_id=decision.task_state_id).order_by(
        "vote__created_at", "vote_id"
    )
    for row in judgements:
        by_criterion[row.criterion].append(
            Verdict(judgement=row.judgement, judgement_label=Judgement(row.judgement).label, reason=row.reason)
        )
    return BoardSelection(
        decided_at=decision.decided_at,
        criteria=[CriterionVerdicts(criterion=criterion, verdicts=by_criterion[criterion]) for criterion in Criterion],
    )


def board_decision_latest(*, page_id: int | None) -> BoardDecision | None:
    """The board's last word on the sheet, whichever way it went."""
    if not page_id:
        return None
    return BoardDecision.objects.filter(page_id=page_id).order_by("-decided_at", "-pk").first()


def board_decision_for_revision(*, page_id: int | None, revision_id: int | None) -> BoardDecision | None:
    """The board's last word on ``revision_id`` or an earlier revision of the sheet."""
    if not page_id or not revision_id:
        return None
    return (
        BoardDecision.objects.filter(page_id=page_id, revision_id__lte=revision_id)
        .order_by("-decided_at", "-pk")
        .first()
    )


def board_decisions_recorded(*, page_id: int | None) -> list[DecisionRecord]:
    """Every decision on the sheet, newest first, with each vote and its
    judgements, for the editors' read-only panel. Three queries."""
    if not page_id:
        return []
    decisions = list(BoardDecision.objects.filter(page_id=page_id).order_by("-decided_at", "-pk"))
    if not decisions:
        return []
    votes = (
        QuorumVote.objects.filter(task_state_id__in=[decision.task_state_id for decision in decisions])
        .select_related("user")
        .prefetch_related("criterion_judgements")
        .order_by("created_at", "pk")
    )
    by_state = defaultdict(list)
    for vote in votes:
        judgements = {row.criterion: row for row in vote.criterion_judgements.all()}
        by_state[vote.task_state_id].append(
            VoteRecord(
                voter=vote.user.get_full_name() or vote.user.get_username(),
                voted_at=vote.created_at,
                ballot=ballot_label(vote.decision),
                comment=vote.comment,
                judgements=[
                    (criterion.label, judgements[criterion].get_judgement_display(), judgements[criterion].reason)
                    for criterion in Criterion
                    if criterion in judgements
                ],
            )
        )
    return [DecisionRecord(decision=decision, votes=by_state[decision.task_state_id]) for decision in decisions]


def selected_on_subquery() -> Subquery:
    """For annotating sheets with the date of the selection their live revision shows."""
    return Subquery(
        BoardDecision.objects.filter(
            page_id=OuterRef("pk"), outcome=Outcome.SELECTED, revision_id__lte=OuterRef("live_revision_id")
        )
        .order_by("-decided_at", "-pk")
        .values("decided_at")[:1]
    )


def sheets_with_selection(*, sheets: QuerySet) -> QuerySet:
    return sheets.annotate(selected_on=selected_on_subquery())


def sheets_with_last_decision(*, sheets: QuerySet) -> QuerySet:
    """For the admin listing: each sheet's last decision, whichever way it went."""
    latest = BoardDecision.objects.filter(page_id=OuterRef("pk")).order_by("-decided_at", "-pk")
    return sheets.annotate(
        board_outcome=Subquery(latest.values("outcome")[:1]), board_decided_at=Subquery(latest.values("decided_at")[:1])
    )
