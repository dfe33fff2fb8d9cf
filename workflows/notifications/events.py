"""What each workflow e-mail says and to whom; called by the worker job.

Every function loads its objects afresh and does nothing when they are gone
or the moment has passed (a stage already finished, a page deleted).
Workflows here run on pages only; other objects get no mail.
"""

from django.utils import timezone

from wagtail.admin.utils import get_user_display_name
from wagtail.models import Page, TaskState, WorkflowState

from workflows.checks import CheckReport
from workflows.durations import since_label
from workflows.go_live import planned_go_live, scheduled_go_live
from workflows.models import AutomatedChecksTask, CheckRun, StageDeadline

from .delivery import notification_deliver
from .emails import page_edit_url
from .recipients import APPROVED, REJECTED, reviewers_select, submitter_select

TASK_STARTED = "task_started"
STAGE_APPROVED = "stage_approved"
WORKFLOW_REJECTED = "workflow_rejected"
WORKFLOW_PUBLISHED = "workflow_published"
REVIEW_REMINDER = "review_reminder"
DEADLINE_REMINDER = "deadline_reminder"
DEADLINE_OVERDUE = "deadline_overdue"

# Who finished a task state without a user: only the automated checks do.
AUTOMATED = "automatische Prüfung"


def _task_state_load(task_state_id: int) -> TaskState | None:
    return (
        TaskState.objects.select_related("task", "finished_by", "revision", "workflow_state__workflow")
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


def _reviewers_notify(
    *,
    task_state_id: int,
    actor_id: int | None,
    template: str,
    due_on=None,
    also_to: tuple = (),
) -> int:
    """The reviewers who can still decide a stage (and ``also_to``) get ``template``."""
    task_state = _task_state_load(task_state_id)
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return 0
    context = _page_context(workflow_state=task_state.workflow_state)
    if context is None:
        return 0
    recipients = reviewers_select(task_state=task_state, actor_id=actor_id)
    recipients += [person for person in also_to if person.pk not in {recipient.pk for recipient in recipients}]
    context |= {
        "due_on": due_on,
        "task_name": task_state.task.name,
        "started_at": task_state.started_at,
        "waiting": since_label(since=task_state.started_at, now=timezone.now()),
        "submitter_name": get_user_display_name(task_state.workflow_state.requested_by),
        # Reviewers decide knowing when their approval would put it online.
        "go_live_at": planned_go_live(revision=task_state.revision),
        # With reapproval on edit, a revised version comes back to stages that approved an older one.
        "restarted": TaskState.objects.filter(
            workflow_state_id=task_state.workflow_state_id, task_id=task_state.task_id, status=TaskState.STATUS_APPROVED
        )
        .exclude(revision_id=task_state.revision_id)
        .exists(),
    }
    return notification_deliver(template=template, context=context, recipients=recipients, task_state_id=task_state.pk)


def task_started_notify(*, task_state_id: int, actor_id: int | None) -> int:
    """Tell the reviewers of a stage that a publication waits for them."""
    return _reviewers_notify(task_state_id=task_state_id, actor_id=actor_id, template=TASK_STARTED)


def review_reminder_notify(*, task_state_id: int, actor_id: int | None) -> int:
    """Remind the reviewers who can still decide a stage that waits too long."""
    return _reviewers_notify(task_state_id=task_state_id, actor_id=actor_id, template=REVIEW_REMINDER)


def _deadline_load(task_state_id: int) -> StageDeadline | None:
    return StageDeadline.objects.filter(task_state_id=task_state_id).first()


def deadline_reminder_notify(*, task_state_id: int, actor_id: int | None) -> int:
    """Remind the reviewers who can still decide that a stage is due soon."""
    deadline = _deadline_load(task_state_id)
    if deadline is None or deadline.due_on < timezone.localdate():
        return 0
    return _reviewers_notify(
        task_state_id=task_state_id,
        actor_id=actor_id,
        template=DEADLINE_REMINDER,
        due_on=deadline.due_on,
    )


def deadline_overdue_notify(*, task_state_id: int, actor_id: int | None) -> int:
    """Tell the reviewers who can still decide, and the submitter, that a stage is overdue."""
    deadline = _deadline_load(task_state_id)
    task_state = _task_state_load(task_state_id)
    if deadline is None or task_state is None or deadline.due_on >= timezone.localdate():
        return 0
    submitter = submitter_select(workflow_state=task_state.workflow_state, kind=APPROVED, actor_id=actor_id)
    return _reviewers_notify(
        task_state_id=task_state_id,
        actor_id=actor_id,
        template=DEADLINE_OVERDUE,
        due_on=deadline.due_on,
        also_to=tuple(submitter),
    )


def _final_decision(workflow_state: WorkflowState) -> TaskState | None:
    """The task state whose approval finished the run: the current one, unless
    the workflow ends with a stage for another language, skipped after it."""
    current = workflow_state.current_task_state
    if current is None or current.status != TaskState.STATUS_SKIPPED:
        return current
    return (
        workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED)
        .select_related("revision", "finished_by")
        .order_by("-finished_at", "-pk")
        .first()
    )


def _checks_passed_quietly(task_state: TaskState) -> bool:
    """Passed automated checks without recommendations: the editor submitted
    seconds ago and the next mail (a reviewer's decision) follows anyway."""
    task_class = task_state.task.specific_class
    if task_class is None or not issubclass(task_class, AutomatedChecksTask):
        return False
    run = CheckRun.objects.filter(task_state=task_state).only("report").first()
    return run is None or not CheckReport.from_dict(run.report).warnings


def stage_approved_notify(*, task_state_id: int, actor_id: int | None) -> int:
    """Tell the submitter that a stage approved, and where it goes next.

    Not when the automated checks pass without recommendations: that mail
    said nothing the submitter could act on, on every submission.
    """
    task_state = _task_state_load(task_state_id)
    if task_state is None or task_state.status != TaskState.STATUS_APPROVED:
        return 0
    if _checks_passed_quietly(task_state):
        return 0
    workflow_state = task_state.workflow_state
    if workflow_state.status == WorkflowState.STATUS_APPROVED and _final_decision(workflow_state) == task_state:
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
        "go_live_at": planned_go_live(revision=task_state.revision),
    }
    recipients = submitter_select(workflow_state=workflow_state, kind=APPROVED, actor_id=actor_id)
    return notification_deliver(template=STAGE_APPROVED, context=context, recipients=recipients)


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
    return notification_deliver(template=WORKFLOW_REJECTED, context=context, recipients=recipients)


def workflow_published_notify(*, workflow_state_id: int, actor_id: int | None) -> int:
    """Tell the submitter that the publication is live, with web and PDF links,
    or, when Wagtail scheduled the approved revision, when it will be."""
    workflow_state = (
        WorkflowState.objects.select_related(
            "workflow", "current_task_state__revision", "current_task_state__finished_by"
        )
        .filter(pk=workflow_state_id)
        .first()
    )
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_APPROVED:
        return 0
    context = _page_context(workflow_state=workflow_state)
    if context is None:
        return 0
    page = context["page"]
    final = _final_decision(workflow_state)
    # A live page whose new version is scheduled is live with the old one:
    # ``page.live`` alone would announce the new version as published.
    scheduled_for = scheduled_go_live(revision=final.revision if final else None, now=timezone.now())
    public_url = page.full_url if page.live or scheduled_for else None
    context |= {
        "scheduled_for": scheduled_for,
        "previous_stays_live": bool(scheduled_for and page.live),
        "public_url": public_url,
        "pdf_url": public_url + "pdf/" if public_url else None,
        "actor_name": _actor_context(final)["actor_name"] if final else "",
    }
    recipients = submitter_select(workflow_state=workflow_state, kind=APPROVED, actor_id=actor_id)
    return notification_deliver(template=WORKFLOW_PUBLISHED, context=context, recipients=recipients)


def notification_send(*, event: str, state_id: int, actor_id: int | None) -> int:
    if event == WORKFLOW_PUBLISHED:
        return workflow_published_notify(workflow_state_id=state_id, actor_id=actor_id)
    notify = {
        TASK_STARTED: task_started_notify,
        STAGE_APPROVED: stage_approved_notify,
        WORKFLOW_REJECTED: workflow_rejected_notify,
        REVIEW_REMINDER: review_reminder_notify,
        DEADLINE_REMINDER: deadline_reminder_notify,
        DEADLINE_OVERDUE: deadline_overdue_notify,
    }[event]
    return notify(task_state_id=state_id, actor_id=actor_id)
