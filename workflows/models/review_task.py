"""What the human review stages share: who may approve or request changes,
and that no person sees a revision the automated checks have not passed."""

from wagtail.models import TaskState, WorkflowState

from workflows.four_eyes_rule import NOT_A_REVIEWER, four_eyes_reason

REJECT_ACTION = ("reject", "Änderungen anfordern", True)


class ReviewStageMixin:
    """Mixed into the review task models before Wagtail's task base class."""

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
        return super().start(workflow_state, user=user)


def _checks_pending(workflow_state: WorkflowState):
    """The workflow's automated checks task if it has not approved the revision
    now under review, else None."""
    from workflows.models import AutomatedChecksTask

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
