"""The advisory board's stage of the good-practice workflow: each member votes
„Auswählen“ or „Nicht auswählen“ with a judgement and a reason per criterion,
and the stage ends „ausgewählt“ (on to Freigabe) or „nicht ausgewählt“
(archived, never published).

A quorum stage by inheritance: who may vote, four eyes, one vote per person
and „Änderungen anfordern“ are the quorum task's. What differs is the ballot
(``selection/vote_form.py``) and the outcome (``selection/voting.py``).
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from wagtail.models import Task, TaskState

from workflows.models import QuorumApprovalTask, QuorumVote
from workflows.models.review_task import REJECT_ACTION

from ..selection.ballot import NOT_SELECT, SELECT
from ..selection.vote_form import VOTE_FORMS
from ..selection.voting import board_vote_cast
from .judgement import CriterionJudgement
from .sheet import GoodPracticePage


def _is_sheet(workflow_state) -> bool:
    model = getattr(workflow_state.content_object, "specific_class", None) or object
    return issubclass(model, GoodPracticePage)


ALREADY_VOTED = "Sie haben in diesem Schritt bereits abgestimmt; es fehlen Stimmen anderer Mitglieder."


class BoardSelectionTask(QuorumApprovalTask):
    # One group, N distinct members: "every group must approve" has no meaning for a ballot.
    admin_form_fields = Task.admin_form_fields + ["groups", "required_approvals", "language"]

    class Meta:
        verbose_name = "Auswahl durch das Beratungsgremium"
        verbose_name_plural = "Auswahlen durch das Beratungsgremium"

    @classmethod
    def get_description(cls):
        return (
            "Mehrere Mitglieder stimmen ab und bewerten jedes der vier Auswahlkriterien mit Urteil und "
            "Begründung. Ist die Mehrheit der erforderlichen Stimmen für die Auswahl, geht es weiter; sonst ist der "
            "Vorschlag nicht ausgewählt und wird archiviert."
        )

    def start(self, workflow_state, user=None):
        if not _is_sheet(workflow_state):
            # The workflow also covers the listing page; the board selects practices, not listings.
            return TaskState.objects.create(
                workflow_state=workflow_state,
                task=self,
                revision=workflow_state.content_object.get_latest_revision(),
                status=TaskState.STATUS_SKIPPED,
                finished_at=timezone.now(),
                comment="Übersprungen: Das Beratungsgremium wählt nur IQ Good Practice-Blätter aus.",
            )
        return super().start(workflow_state, user=user)

    def votes_cast(self, task_state: TaskState) -> int:
        return task_state.quorum_votes.exclude(decision=QuorumVote.REJECT).count()

    def refusal(self, *, task_state: TaskState, user) -> str | None:
        # One ballot per member, whichever way they voted: the quorum stage
        # itself only looks for approvals.
        if self.is_reviewer(user) and task_state.quorum_votes.filter(user=user).exists():
            return ALREADY_VOTED
        return super().refusal(task_state=task_state, user=user)

    def get_actions(self, obj, user):
        task_state = obj.current_workflow_task_state
        if task_state is None or self.reject_refusal(task_state=task_state, user=user):
            return []
        # As in every review stage, a member who may not vote may still ask for changes.
        if self.refusal(task_state=task_state, user=user):
            return [REJECT_ACTION]
        count = f"Stimme {self.votes_cast(task_state) + 1} von {self.required_approvals}"
        return [
            (SELECT, f"Auswählen ({count})", True),
            (NOT_SELECT, f"Nicht auswählen ({count})", True),
            REJECT_ACTION,
        ]

    def get_form_for_action(self, action):
        return VOTE_FORMS.get(action) or super().get_form_for_action(action)

    def get_template_for_action(self, action):
        if action in VOTE_FORMS:
            return "goodpractice/admin/board_vote_modal.html"
        return super().get_template_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == QuorumVote.REJECT:
            result = super().on_action(task_state, user, action_name, **kwargs)
            # A member who voted and then asks for changes has changed their vote;
            # the judgements of the vote they withdrew stay in the history only.
            CriterionJudgement.objects.filter(
                vote__task_state_id=task_state.pk, vote__user=user, vote__decision=QuorumVote.REJECT
            ).delete()
            return result
        if action_name not in VOTE_FORMS:
            raise PermissionDenied(f"Unbekannte Aktion: {action_name}")
        board_vote_cast(task=self, task_state=task_state, user=user, choice=action_name, data=kwargs)
        return None
