"""What waits for a reviewer: the rows of the dashboard panel „Meine Prüfungen“."""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.db.models import Count, Exists, F, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Coalesce
from django.utils import timezone

from wagtail.models import Page, Task, TaskState, WorkflowState

from pdfexport.models import PdfKind, PublicationPDF
from pdfexport.publication import is_publication
from workflows.four_eyes_rule import four_eyes_excluded_by_task_state
from workflows.go_live import go_live_parse
from workflows.models import QuorumApprovalTask, QuorumVote
from workflows.models.review_task import review_tasks_q
from workflows.quorum_count import quorum_progress, vote_helps


@dataclass(frozen=True)
class ReviewItem:
    """One publication whose current review stage waits for the user."""

    page_id: int
    title: str
    publication_type: str
    workflow_name: str
    task_id: int
    task_name: str
    task_state_id: int
    revision_id: int
    submitted_by: str
    started_at: datetime.datetime
    has_pdf: bool
    #: The PDF proof of exactly the revision under review exists (the checks render it).
    proof_ready: bool = False
    #: A live version exists to compare the submitted revision with.
    live: bool = False
    #: Quorum stages only: approvals so far and approvals needed.
    approvals: int | None = None
    approvals_needed: int | None = None
    #: Quorum stages where every group must approve: the groups still missing, by name.
    missing_groups: tuple[str, ...] = ()
    #: When the submitted revision is planned to go online („Veröffentlichung planen“); None: on approval.
    go_live_at: datetime.datetime | None = None
    #: When the stage is due (``StageDeadline``), and whether that day has passed.
    due_on: datetime.date | None = None
    overdue: bool = False

    @property
    def overdue_since(self) -> datetime.date | None:
        """The first day the stage is overdue: the day after it was due."""
        return self.due_on + datetime.timedelta(days=1) if self.overdue else None

    @property
    def is_quorum(self) -> bool:
        return self.approvals_needed is not None


def _user_group_ids(user) -> QuerySet:
    return Group.objects.filter(user=user).values("pk")


def user_is_reviewer(*, user) -> bool:
    """Whether the user belongs to a group that reviews in one of our stages,
    so the panel is worth showing even when nothing waits."""
    groups = _user_group_ids(user)
    return Task.objects.filter(review_tasks_q(groups=groups, active=True, field="pk")).exists()


def _approvals_count() -> Coalesce:
    approvals = (
        QuorumVote.objects.filter(task_state=OuterRef("pk"), decision=QuorumVote.APPROVE)
        .order_by()
        .values("task_state")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(approvals, output_field=IntegerField()), Value(0))


def _display_name(user) -> str:
    if user is None:
        return "unbekannt"
    return user.get_full_name() or user.get_username()


def reviews_waiting_for(*, user) -> list[ReviewItem]:
    """Publications whose current stage the user may decide now: the overdue
    ones first, longest overdue first, then the others oldest first.

    At most thirteen queries however many publications are in review: the
    candidates (group membership, own quorum votes and approval counts in SQL),
    the four-eyes exclusions (six: authors, earlier approvals of the run, the
    workflows' final stages and rules), the pages with their content types, the
    proofs, the quorum tasks with their groups (two), and the quorum approvals
    with the user's groups (two). The four-eyes rule and the quorum counting run
    in Python, the same code the tasks' actions use.
    """
    if not user.is_authenticated:
        return []
    groups = _user_group_ids(user)
    states = list(
        TaskState.objects.filter(
            review_tasks_q(groups=groups),
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
            workflow_state__base_content_type__app_label="wagtailcore",
            workflow_state__base_content_type__model="page",
        )
        .filter(~Exists(QuorumVote.objects.filter(task_state=OuterRef("pk"), user=user)))
        .annotate(approvals=_approvals_count())
        # Read in the same query from the revision's JSON, not by loading every revision's content.
        .annotate(go_live_raw=KeyTextTransform("go_live_at", "revision__content"))
        # A join, not a query: the candidates query stays one.
        .annotate(due_on=F("deadline__due_on"))
        .select_related("task", "workflow_state__workflow", "workflow_state__requested_by")
        .order_by("started_at", "pk")
    )
    excluded = four_eyes_excluded_by_task_state(task_states=states)
    states = [state for state in states if user.pk not in excluded[state.pk]]
    if not states:
        return []

    pages = (
        Page.objects.filter(pk__in={int(state.workflow_state.object_id) for state in states})
        .select_related("content_type")
        .only("pk", "title", "draft_title", "live", "content_type")
        .in_bulk()
    )
    proofs = set(
        PublicationPDF.objects.filter(kind=PdfKind.PROOF, revision_id__in={state.revision_id for state in states})
        .values_list("revision_id", flat=True)
        .distinct()
    )
    quorum_tasks = (
        QuorumApprovalTask.objects.filter(pk__in={state.task_id for state in states})
        .prefetch_related("groups")
        .in_bulk()
    )

    progress = _quorum_progress(states=states, quorum_tasks=quorum_tasks, user=user)

    today = timezone.localdate()
    items = []
    for state in states:
        page = pages.get(int(state.workflow_state.object_id))
        if page is None or state.pk in progress.closed:
            continue
        model = page.content_type.model_class()
        quorum_task = quorum_tasks.get(state.task_id)
        items.append(
            ReviewItem(
                page_id=page.pk,
                title=page.draft_title or page.title,
                publication_type=str(model._meta.verbose_name) if model else "Seite",
                workflow_name=state.workflow_state.workflow.name,
                task_id=state.task_id,
                task_name=state.task.name,
                task_state_id=state.pk,
                revision_id=state.revision_id,
                submitted_by=_display_name(state.workflow_state.requested_by),
                started_at=state.started_at,
                has_pdf=is_publication(model),
                proof_ready=state.revision_id in proofs,
                live=page.live,
                approvals=state.approvals if quorum_task else None,
                # votes_needed() counts the prefetched groups: no query per row.
                approvals_needed=quorum_task.votes_needed() if quorum_task else None,
                missing_groups=progress.missing.get(state.pk, ()),
                go_live_at=go_live_parse(state.go_live_raw),
                due_on=state.due_on,
                overdue=state.due_on is not None and state.due_on < today,
            )
        )
    # Stable: within each group the order by start stays.
    return sorted(items, key=lambda item: (0, item.due_on) if item.overdue else (1, datetime.date.min))


@dataclass(frozen=True)
class _QuorumStanding:
    #: Task states where the user's approval would not count (their groups are covered).
    closed: frozenset[int]
    missing: dict[int, tuple[str, ...]]


def _quorum_progress(*, states: list, quorum_tasks: dict, user) -> _QuorumStanding:
    """Where each quorum stage stands, as the task's own actions see it (two
    queries: the approvals with the groups they count for, and the user's groups)."""
    quorum_states = [state for state in states if state.task_id in quorum_tasks]
    if not quorum_states:
        return _QuorumStanding(closed=frozenset(), missing={})
    approvers: dict[int, dict[int, frozenset[int]]] = {state.pk: {} for state in quorum_states}
    for vote in QuorumVote.objects.filter(task_state_id__in=approvers, decision=QuorumVote.APPROVE).only(
        "task_state_id", "user_id", "group_ids", "group_id"
    ):
        approvers[vote.task_state_id][vote.user_id] = vote.counts_for
    mine = set(Group.objects.filter(user=user).values_list("pk", flat=True))
    closed, missing = set(), {}
    for state in quorum_states:
        task = quorum_tasks[state.task_id]
        groups = {group.pk: group.name for group in task.groups.all()}
        arguments = {
            "groups": groups,
            "every_group": task.require_every_group,
            "needed": task.votes_needed(),
        }
        missing[state.pk] = quorum_progress(approvers=approvers[state.pk], **arguments).missing
        voter = (user.pk, frozenset(mine & set(groups)))
        if not vote_helps(approvers=approvers[state.pk], voter=voter, **arguments):
            closed.add(state.pk)
    return _QuorumStanding(closed=frozenset(closed), missing=missing)
