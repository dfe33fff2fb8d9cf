"""What the human review stages share: who may approve or request changes,
that no person sees a revision the automated checks have not passed, and
that a stage for editions in one language („Gilt für“) skips the others.

Code that needs "a stage people decide" asks for ``ReviewTaskMixin`` (or uses
``review_tasks_q``), never for the concrete task types, so a new kind of
review stage only has to mix it in.
"""

import functools
import operator

from django.apps import apps
from django.db.models import Q
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import TaskState, WorkflowState

from workflows.four_eyes_rule import NOT_A_REVIEWER, four_eyes_reason

from .automated_checks import AutomatedChecksTask
from .deadline import StageDuration
from .stage_language import StageLanguage, skip_reason

REJECT_ACTION = ("reject", "Änderungen anfordern", True)
SKIP_LOG_ACTION = "workflows.stage.skip"


class ReviewTaskMixin(StageLanguage, StageDuration):
    """Mixed into the review task models before Wagtail's task base class.

    Each has a ``groups`` relation: the groups whose members review in the stage,
    the ``language`` field of ``StageLanguage`` and the ``duration_days`` field
    of ``StageDuration`` (both in ``admin_form_fields``).
    """

    class Meta:
        abstract = True

    def is_reviewer(self, user) -> bool:
        raise NotImplementedError

    def refusal(self, *, task_state: TaskState, user) -> str | None:
        """Why ``user`` may not approve ``task_state`` (German), or None."""
        if not self.is_reviewer(user):
            return NOT_A_REVIEWER
        return four_eyes_reason(task_state=task_state, user=user)

    def reject_refusal(self, *, task_state: TaskState, user) -> str | None:
        """Requesting changes is open to every member of the stage: an author
        who spots a problem must be able to stop the publication."""
        return None if self.is_reviewer(user) else NOT_A_REVIEWER

    def start(self, workflow_state: WorkflowState, user=None):
        # A resubmission resumes at the stage that asked for changes; the new
        # revision is checked first, so no person sees an unchecked revision.
        checks = _checks_pending(workflow_state)
        if checks is not None:
            return checks.start(workflow_state, user=user)
        if not self.applies_to(workflow_state.content_object):
            return stage_skip(task=self, workflow_state=workflow_state)
        # Wagtail's start announces the stage (``task_submitted``): its due date
        # is set then (``workflows/deadlines/receivers.py``).
        return super().start(workflow_state, user=user)


def stage_skip(*, task: ReviewTaskMixin, workflow_state: WorkflowState) -> TaskState:
    """Record ``task`` as skipped for the revision under review.

    Wagtail moves on past a task state that ``start`` returns finished, and
    counts a skipped one as done, like an approval, when it looks for the next
    stage. Wagtail's ``start`` is not called: it would announce the stage to its
    reviewers (``task_submitted``) and unlock the page for them. Nobody decided,
    so nobody is ``finished_by``: the four-eyes rule sees no approval here.
    """
    revision = workflow_state.content_object.get_latest_revision()
    reason = skip_reason(language=task.language)
    task_state = task.get_task_state_class().objects.create(
        workflow_state=workflow_state,
        task=task,
        revision=revision,
        status=TaskState.STATUS_SKIPPED,
        finished_at=timezone.now(),
        comment=reason,
    )
    log(
        instance=revision.as_object(),
        action=SKIP_LOG_ACTION,
        revision=revision,
        data={"task": {"id": task.pk, "title": task.name}, "task_state_id": task_state.pk, "comment": reason},
    )
    return task_state


def review_task_models() -> list[type]:
    """The concrete task models of the human review stages."""
    return [model for model in apps.get_models() if issubclass(model, ReviewTaskMixin)]


def review_tasks_q(*, groups=None, active: bool | None = None, field: str = "task") -> Q:
    """A filter on ``field`` (a task foreign key) for review stages, reviewed by
    ``groups`` if given; one subquery per review task model."""
    parts = []
    for model in review_task_models():
        tasks = model.objects.all()
        if groups is not None:
            tasks = tasks.filter(groups__in=groups)
        if active is not None:
            tasks = tasks.filter(active=active)
        parts.append(Q(**{f"{field}__in": tasks.values("pk")}))
    return functools.reduce(operator.or_, parts)


def _checks_pending(workflow_state: WorkflowState):
    """The workflow's automated checks task if it has not approved the revision
    now under review, else None."""
    checks = (
        AutomatedChecksTask.objects.filter(workflow_tasks__workflow_id=workflow_state.workflow_id, active=True)
        .order_by("workflow_tasks__sort_order")
        .first()
    )
    if checks is None:
        return None
    latest = workflow_state.content_object.get_latest_revision()
    passed = TaskState.objects.filter(
        workflow_state=workflow_state, task=checks, revision=latest, status=TaskState.STATUS_APPROVED
    ).exists()
    return None if passed else checks
