"""What waits for a reviewer: the rows of the dashboard panel „Meine Prüfungen“."""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from wagtail.models import Page, TaskState, WorkflowState

from pdfexport.models import PdfKind, PublicationPDF
from pdfexport.routes import PdfRouteMixin
from workflows.four_eyes import four_eyes_excluded_by_task_state
from workflows.models import FourEyesApprovalTask, QuorumApprovalTask, QuorumVote


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

    @property
    def is_quorum(self) -> bool:
        return self.approvals_needed is not None


def _user_group_ids(user) -> QuerySet:
    return Group.objects.filter(user=user).values("pk")


def user_is_reviewer(*, user) -> bool:
    """Whether the user belongs to a group that reviews in one of our stages,
    so the panel is worth showing even when nothing waits."""
    groups = _user_group_ids(user)
    return (
        FourEyesApprovalTask.objects.filter(active=True, groups__in=groups).exists()
        or QuorumApprovalTask.objects.filter(active=True, groups__in=groups).exists()
    )


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
    """Publications whose current stage the user may decide now, oldest first.

    At most seven queries however many publications are in review: the
    candidates (group membership, own quorum votes and approval counts in SQL),
    the four-eyes exclusions (two), the pages with their content types, the proofs, and the
    quorum tasks with their groups (two). Only the four-eyes rule runs in Python.
    """
    if not user.is_authenticated:
        return []
    groups = _user_group_ids(user)
    states = list(
        TaskState.objects.filter(
            Q(task__in=FourEyesApprovalTask.objects.filter(groups__in=groups).values("pk"))
            | Q(task__in=QuorumApprovalTask.objects.filter(groups__in=groups).values("pk")),
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
            workflow_state__base_content_type__app_label="wagtailcore",
            workflow_state__base_content_type__model="page",
        )
        .filter(~Exists(QuorumVote.objects.filter(task_state=OuterRef("pk"), user=user)))
        .annotate(approvals=_approvals_count())
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

    items = []
    for state in states:
        page = pages.get(int(state.workflow_state.object_id))
        if page is None:
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
                has_pdf=bool(model and issubclass(model, PdfRouteMixin)),
                proof_ready=state.revision_id in proofs,
                live=page.live,
                approvals=state.approvals if quorum_task else None,
                # votes_needed() counts the prefetched groups: no query per row.
                approvals_needed=quorum_task.votes_needed() if quorum_task else None,
            )
        )
    return items
