"""What each workflow e-mail says and to whom; called by the worker job.

Every function loads its objects afresh and does nothing when they are gone
or the moment has passed (a stage already finished, a page deleted).
Workflows here run on pages only; other objects get no mail.
"""

from django.utils import timezone

from wagtail.admin.utils import get_user_display_name
from wagtail.models import Page, TaskState, WorkflowState

from .emails import emails_send, page_edit_url
from .recipients import APPROVED, REJECTED, reviewers_select, submitter_select

TASK_STARTED = "task_started"
STAGE_APPROVED = "stage_approved"
WORKFLOW_REJECTED = "workflow_rejected"
WORKFLOW_PUBLISHED = "workflow_published"
REVIEW_REMINDER = "review_reminder"

# Who finished a task state without a user: only the automated checks do.
AUTOMATED = "automatische Prüfung"


def _task_state_load(task_state_id: int) -> TaskState | None:
    return (
        TaskState.objects.select_related("task", "finished_by", "workflow_state__workflow")
        .filter(pk=task_state_id)
        .first()
    )


def _page_context(*, workflow_state: WorkflowState) -> dict | None:
    page = workflow_state.content_object
    if not isinstance(page, Page):
        return None
    page = page.specific
    return {
        "page": page,
        "page_title": page.title,
        "publication_type": page._meta.verbose_name,
        "workflow_name": workflow_state.workflow.name,
        "edit_url": page_edit_url(page_id=page.pk),
    }


def _actor_context(task_state: TaskState) -> dict:
    """Who decided a task state; nobody in person means the automated checks."""
    if task_state.finished_by_id is None:
        return {"actor_name": AUTOMATED, "actor_phrase": "durch die automatische Prüfung", "automated": True}
    name = get_user_display_name(task_state.finished_by)
    return {"actor_name": name, "actor_phrase": f"von {name}", "automated": False}


def _reviewers_notify(*, task_state_id: int, actor_id: int | None, template: str) -> int:
    task_state = _task_state_load(task_state_id)
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return 0
    context = _page_context(workflow_state=task_state.workflow_state)
    if context is None:
        return 0
    recipients = reviewers_select(task_state=task_state, actor_id=actor_id)
    context |= {
        "task_name": task_state.task.name,
        "started_at": task_state.started_at,
        "days_waiting": (timezone.now() - task_state.started_at).days,
        "submitter_name": get_user_display_name(task_state.workflow_state.requested_by),
    }
    return emails_send(template=template, context=context, recipients=recipients)


def task_started_notify(*, task_state_id: int, actor_id: int | None) -> int:
    """Tell the reviewers of a stage that a publication waits for them."""
    return _reviewers_notify(task_state_id=task_state_id, actor_id=actor_id, template=TASK_STARTED)


def review_reminder_notify(*, task_state_id: int, actor_id: int | None) -> int:
    """Remind the reviewers who can still decide a stage that waits too long."""
    return _reviewers_notify(task_state_id=task_state_id, actor_id=actor_id, template=REVIEW_REMINDER)


def stage_approved_notify(*, task_state_id: int, actor_id: int | None) -> int:
    """Tell the submitter that a stage approved, and where it goes next."""
    task_state = _task_state_load(task_state_id)
    if task_state is None or task_state.status != TaskState.STATUS_APPROVED:
        return 0
    workflow_state = task_state.workflow_state
    if workflow_state.status == WorkflowState.STATUS_APPROVED and workflow_state.current_task_state_id == task_state.pk:
        # The last stage: the publication e-mail says it all.
        return 0
    context = _page_context(workflow_state=workflow_state)
    if context is None:
        return 0
    current = workflow_state.current_task_state
    next_task_name = ""
    if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS and current and current.pk != task_state.pk:
        next_task_name = current.task.name
    context |= {
        **_actor_context(task_state),
        "task_name": task_state.task.name,
        "comment": task_state.get_comment(),
        "next_task_name": next_task_name,
    }
    recipients = submitter_select(workflow_state=workflow_state, kind=APPROVED, actor_id=actor_id)
    return emails_send(template=STAGE_APPROVED, context=context, recipients=recipients)


def workflow_rejected_notify(*, task_state_id: int, actor_id: int | None) -> int:
    """Tell the submitter who asked for changes, in which stage, and why."""
    task_state = _task_state_load(task_state_id)
    if task_state is None or task_state.status != TaskState.STATUS_REJECTED:
        return 0
    workflow_state = task_state.workflow_state
    context = _page_context(workflow_state=workflow_state)
    if context is None:
        return 0
    context |= {
        **_actor_context(task_state),
        "task_name": task_state.task.name,
        "comment": task_state.get_comment(),
    }
    recipients = submitter_select(workflow_state=workflow_state, kind=REJECTED, actor_id=actor_id)
    return emails_send(template=WORKFLOW_REJECTED, context=context, recipients=recipients)


def workflow_published_notify(*, workflow_state_id: int, actor_id: int | None) -> int:
    """Tell the submitter that the publication is live, with web and PDF links."""
    workflow_state = WorkflowState.objects.select_related("workflow").filter(pk=workflow_state_id).first()
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_APPROVED:
        return 0
    context = _page_context(workflow_state=workflow_state)
    if context is None:
        return 0
    page = context["page"]
    public_url = page.full_url if page.live else None
    final = workflow_state.current_task_state
    context |= {
        "public_url": public_url,
        "pdf_url": public_url + "pdf/" if public_url else None,
        "actor_name": _actor_context(final)["actor_name"] if final else "",
    }
    recipients = submitter_select(workflow_state=workflow_state, kind=APPROVED, actor_id=actor_id)
    return emails_send(template=WORKFLOW_PUBLISHED, context=context, recipients=recipients)


def notification_send(*, event: str, state_id: int, actor_id: int | None) -> int:
    if event == WORKFLOW_PUBLISHED:
        return workflow_published_notify(workflow_state_id=state_id, actor_id=actor_id)
    notify = {
        TASK_STARTED: task_started_notify,
        STAGE_APPROVED: stage_approved_notify,
        WORKFLOW_REJECTED: workflow_rejected_notify,
        REVIEW_REMINDER: review_reminder_notify,
    }[event]
    return notify(task_state_id=state_id, actor_id=actor_id)
