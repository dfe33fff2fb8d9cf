"""The demo's selection procedures, run through the real workflow: submitted
by Redaktion, checked, approved by Fachreview, voted on by the board with
judgements, and (when selected) approved by Freigabe, which publishes.

Each finished procedure is then moved back in time to the day the demo's
board decided, so the sheets say „Ausgewählt am 18. April 2024“ and the page
history tells the same story. Nothing else is backdated."""

import datetime

from django.contrib.auth import get_user_model
from django.db.models import F

from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState

from demo.review import demo_review_ensure
from goodpractice.models import BoardDecision, GoodPracticePage
from workflows.models import CheckRun, QuorumVote

from .judgements import DemoProcedure, DemoVote


def demo_vote_cast(*, page: Page, vote: DemoVote) -> None:
    """Cast ``vote`` on the board stage ``page`` waits at, as the board member's form would."""
    task_state = WorkflowState.objects.active().for_instance(page).get().current_task_state
    user = get_user_model().objects.get(username=vote.username)
    task_state.task.specific.on_action(task_state, user, vote.choice, **vote.form_data())


def demo_selection_ensure(*, sheet: GoodPracticePage, procedure: DemoProcedure) -> bool:
    """Run ``procedure`` on ``sheet`` unless the board has decided on it
    already (or it is in review). Returns whether it ran."""
    if BoardDecision.objects.filter(page_id=sheet.pk).exists():
        return False
    if not demo_review_ensure(
        page=sheet, submitter="redaktion", changes={}, approvals=(("fachreview", procedure.review_comment),)
    ):
        return False
    workflow_state = WorkflowState.objects.active().for_instance(sheet).get()
    for vote in procedure.votes:
        demo_vote_cast(page=sheet, vote=vote)
    decision = BoardDecision.objects.get(task_state__workflow_state=workflow_state)
    if decision.selected:
        task_state = WorkflowState.objects.get(pk=workflow_state.pk).current_task_state
        freigabe = get_user_model().objects.get(username="freigabe")
        task_state.task.specific.on_action(task_state, freigabe, "approve", comment="Freigegeben.")
    _procedure_backdate(workflow_state=workflow_state, decided_at=procedure.decided_at)
    return True


def _procedure_backdate(*, workflow_state: WorkflowState, decided_at: datetime.datetime) -> None:
    decision = BoardDecision.objects.get(task_state__workflow_state=workflow_state)
    offset = decided_at - decision.decided_at
    page_id = int(workflow_state.object_id)
    first = TaskState.objects.filter(workflow_state=workflow_state).order_by("started_at", "pk").first()
    since = first.revision.created_at
    task_states = TaskState.objects.filter(workflow_state=workflow_state)
    WorkflowState.objects.filter(pk=workflow_state.pk).update(created_at=F("created_at") + offset)
    task_states.update(started_at=F("started_at") + offset, finished_at=F("finished_at") + offset)
    QuorumVote.objects.filter(task_state__in=task_states).update(created_at=F("created_at") + offset)
    CheckRun.objects.filter(task_state__in=task_states).update(created_at=F("created_at") + offset)
    BoardDecision.objects.filter(pk=decision.pk).update(decided_at=decided_at)
    PageLogEntry.objects.filter(page_id=page_id, timestamp__gte=since).update(timestamp=F("timestamp") + offset)
    Revision.page_revisions.filter(object_id=str(page_id), created_at__gte=since).update(
        created_at=F("created_at") + offset
    )
    pages = Page.objects.filter(pk=page_id)
    pages.filter(latest_revision_created_at__gte=since).update(
        latest_revision_created_at=F("latest_revision_created_at") + offset
    )
    pages.filter(last_published_at__gte=since).update(last_published_at=F("last_published_at") + offset)
    pages.filter(first_published_at__gte=since).update(first_published_at=F("first_published_at") + offset)
