"""Group approval under the four-eyes principle."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction

from wagtail.models import AbstractGroupApprovalTask, TaskState

from workflows.four_eyes_rule import four_eyes_reviewable
from workflows.review_notes import review_note_leave

from .review_task import REJECT_ACTION, ReviewTaskMixin

REVIEW_ACTIONS = [
    REJECT_ACTION,
    ("approve", "Freigeben", False),
    ("approve", "Mit Kommentar freigeben", True),
]


class FourEyesApprovalTask(ReviewTaskMixin, AbstractGroupApprovalTask):
    """Like Wagtail's group approval, but nobody approves their own work.

    Whoever submitted the revision, changed its content since the last
    publication, or (final sign-off) approved an earlier stage of the run,
    cannot approve it, superusers included; they can still request changes.
    Only members of the task's groups act: an administrator is not a reviewer
    by rank.
    """

    admin_form_fields = AbstractGroupApprovalTask.admin_form_fields + ["language", "duration_days"]
    admin_form_widgets = {**AbstractGroupApprovalTask.admin_form_widgets, "language": forms.RadioSelect}

    def is_reviewer(self, user) -> bool:
        return self._user_in_groups(user)

    def get_actions(self, obj, user):
        task_state = obj.current_workflow_task_state
        if task_state is None or self.reject_refusal(task_state=task_state, user=user):
            return []
        if self.refusal(task_state=task_state, user=user):
            return [REJECT_ACTION]
        return REVIEW_ACTIONS

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # The editor saves the form (and perhaps a revision) before it acts, so
        # the state is read again under a lock and the rules checked again.
        task_state = TaskState.objects.select_for_update().get(pk=task_state.pk).specific
        if task_state.status != TaskState.STATUS_IN_PROGRESS:
            raise PermissionDenied("Dieser Prüfschritt ist bereits abgeschlossen.")
        if reason := self.reject_refusal(task_state=task_state, user=user):
            raise PermissionDenied(reason)
        if action_name == "approve" and (reason := self.refusal(task_state=task_state, user=user)):
            # Only an edit saved with this very request gets here (the button
            # was offered): the edit is kept, the approval is not given.
            review_note_leave(user=user, note=f"Nicht freigegeben: {reason}")
            return
        super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not self.is_reviewer(user):
            return TaskState.objects.none()
        return four_eyes_reviewable(task_states=self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS), user=user)

    @classmethod
    def get_description(cls):
        return (
            "Mitglieder der gewählten Gruppen geben frei. Wer die Fassung eingereicht, ihren Inhalt seit der letzten "
            "Veröffentlichung geändert oder (bei der abschließenden Freigabe) einen früheren Schritt des Durchlaufs "
            "freigegeben hat, kann sie nicht freigeben (Vier-Augen-Prinzip), aber Änderungen anfordern."
        )

    class Meta:
        verbose_name = "Freigabe nach Vier-Augen-Prinzip"
        verbose_name_plural = "Freigaben nach Vier-Augen-Prinzip"
