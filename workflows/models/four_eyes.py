"""Group approval under the four-eyes principle."""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from wagtail.models import AbstractGroupApprovalTask, TaskState

from workflows.four_eyes import NOT_A_REVIEWER, four_eyes_reason, four_eyes_reviewable

REVIEW_ACTIONS = [
    ("reject", "Änderungen anfordern", True),
    ("approve", "Freigeben", False),
    ("approve", "Mit Kommentar freigeben", True),
]


class FourEyesApprovalTask(AbstractGroupApprovalTask):
    """Like Wagtail's group approval, but nobody reviews their own work.

    Whoever submitted the revision, and whoever saved a revision since the last
    publication, gets no actions on it, superusers included. Only members of
    the task's groups act: an administrator is not a reviewer by rank.
    """

    def is_reviewer(self, user) -> bool:
        return self._user_in_groups(user)

    def refusal(self, *, task_state: TaskState, user) -> str | None:
        """Why ``user`` may not decide ``task_state`` (German), or None."""
        if not self.is_reviewer(user):
            return NOT_A_REVIEWER
        return four_eyes_reason(task_state=task_state, user=user)

    def get_actions(self, obj, user):
        task_state = obj.current_workflow_task_state
        if task_state is None or self.refusal(task_state=task_state, user=user):
            return []
        return REVIEW_ACTIONS

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # The editor checks get_actions before it saves; checked again here
        # because any edit saved with the action makes its author ineligible.
        reason = self.refusal(task_state=task_state, user=user)
        if reason:
            raise PermissionDenied(reason)
        super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not self.is_reviewer(user):
            return TaskState.objects.none()
        return four_eyes_reviewable(task_states=self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS), user=user)

    @classmethod
    def get_description(cls):
        return (
            "Mitglieder der gewählten Gruppen geben frei. Wer die Fassung eingereicht oder seit der letzten "
            "Veröffentlichung bearbeitet hat, kann sie nicht freigeben (Vier-Augen-Prinzip)."
        )

    class Meta:
        verbose_name = "Freigabe nach Vier-Augen-Prinzip"
        verbose_name_plural = "Freigaben nach Vier-Augen-Prinzip"
