"""One review stage that needs several people: N distinct approvals from a
group, or an approval from every one of a set of groups."""

from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.core.validators import MinValueValidator
from django.db import models, transaction

from wagtail.log_actions import log
from wagtail.models import Task, TaskState

from workflows.four_eyes_rule import four_eyes_reviewable
from workflows.quorum_count import QuorumProgress, quorum_progress, vote_helps

from .quorum_vote import QuorumVote
from .review_task import REJECT_ACTION, ReviewTaskMixin

VOTE_LOG_ACTION = "workflows.quorum.approve"
ALREADY_VOTED = "Sie haben in diesem Schritt bereits zugestimmt; es fehlen Stimmen anderer Mitglieder."


class QuorumApprovalTask(ReviewTaskMixin, Task):
    groups = models.ManyToManyField(
        Group,
        verbose_name="Gruppen",
        help_text="Mitglieder dieser Gruppen stimmen ab.",
        related_name="+",
    )
    required_approvals = models.PositiveSmallIntegerField(
        "Erforderliche Zustimmungen",
        default=2,
        validators=[MinValueValidator(1)],
        help_text="So viele verschiedene Personen müssen zustimmen.",
    )
    require_every_group = models.BooleanField(
        "Jede Gruppe muss zustimmen",
        default=False,
        help_text=(
            "Aus jeder gewählten Gruppe muss mindestens eine Person zustimmen. Wer mehreren Gruppen angehört, "
            "zählt einmal, für die Gruppe, die noch fehlt."
        ),
    )

    admin_form_fields = Task.admin_form_fields + [
        "groups",
        "required_approvals",
        "require_every_group",
        "language",
        "duration_days",
    ]
    admin_form_widgets = {"groups": forms.CheckboxSelectMultiple, "language": forms.RadioSelect}

    def _user_group_ids(self, user) -> frozenset[int]:
        cache = user.__dict__.setdefault("_quorum_group_ids", {})
        if self.pk not in cache:
            cache[self.pk] = frozenset(self.groups.filter(pk__in=user.groups.all()).values_list("pk", flat=True))
        return cache[self.pk]

    def is_reviewer(self, user) -> bool:
        return bool(self._user_group_ids(user))

    def votes_needed(self) -> int:
        if self.require_every_group:
            return max(self.required_approvals, len(self.groups.all()))
        return self.required_approvals

    def _group_names(self) -> dict[int, str]:
        return {group.pk: group.name for group in self.groups.all()}

    def _approvers(self, task_state: TaskState) -> dict[int, frozenset[int]]:
        return {vote.user_id: vote.counts_for for vote in task_state.quorum_votes.filter(decision=QuorumVote.APPROVE)}

    def progress(self, task_state: TaskState) -> QuorumProgress:
        return quorum_progress(
            approvers=self._approvers(task_state),
            groups=self._group_names(),
            every_group=self.require_every_group,
            needed=self.votes_needed(),
        )

    def refusal(self, *, task_state: TaskState, user) -> str | None:
        """Why ``user`` may not approve ``task_state`` now (German), or None."""
        if reason := super().refusal(task_state=task_state, user=user):
            return reason
        approvers = self._approvers(task_state)
        if user.pk in approvers:
            return ALREADY_VOTED
        if not vote_helps(
            approvers=approvers,
            voter=(user.pk, self._user_group_ids(user)),
            groups=self._group_names(),
            every_group=self.require_every_group,
            needed=self.votes_needed(),
        ):
            missing = " und ".join(f"„{name}“" for name in self.progress(task_state).missing)
            return f"Ihre Gruppe hat in diesem Schritt bereits zugestimmt; es fehlt noch die Zustimmung von {missing}."
        return None

    def open_groups(self, task_state: TaskState) -> list[str]:
        """Names of the groups still without an approval (only when every group must)."""
        return list(self.progress(task_state).missing)

    def get_actions(self, obj, user):
        task_state = obj.current_workflow_task_state
        if task_state is None or self.reject_refusal(task_state=task_state, user=user):
            return []
        if self.refusal(task_state=task_state, user=user):
            return [REJECT_ACTION]
        progress = self.progress(task_state)
        label = f"Zustimmen ({progress.approvals + 1} von {progress.needed})"
        return [
            REJECT_ACTION,
            ("approve", label, False),
            ("approve", f"{label} mit Kommentar", True),
        ]

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # Serialise votes on one task state so two last votes cannot both finish it.
        task_state = TaskState.objects.select_for_update().get(pk=task_state.pk).specific
        if task_state.status != TaskState.STATUS_IN_PROGRESS:
            raise PermissionDenied("Dieser Prüfschritt ist bereits abgeschlossen.")
        if action_name not in (QuorumVote.APPROVE, QuorumVote.REJECT):
            raise PermissionDenied(f"Unbekannte Aktion: {action_name}")
        if reason := self.reject_refusal(task_state=task_state, user=user):
            raise PermissionDenied(reason)
        comment = kwargs.get("comment", "")
        if action_name == QuorumVote.REJECT:
            # Whoever approved before may still change their mind and ask for changes.
            self.vote_record(task_state=task_state, user=user, decision=QuorumVote.REJECT, comment=comment)
            task_state.reject(user=user, comment=comment)
            return
        if reason := self.refusal(task_state=task_state, user=user):
            raise PermissionDenied(reason)
        vote = self.vote_record(task_state=task_state, user=user, decision=QuorumVote.APPROVE, comment=comment)
        progress = self._recount(task_state)
        if progress.complete:
            task_state.approve(user=user, comment=comment)
            return
        vote.refresh_from_db(fields=["group"])
        log(
            instance=task_state.revision.as_object(),
            action=VOTE_LOG_ACTION,
            user=user,
            revision=task_state.revision,
            data={
                "task": {"id": self.pk, "title": self.name},
                "task_state_id": task_state.pk,
                "group": vote.group.name if vote.group else "",
                "approvals": progress.approvals,
                "needed": progress.needed,
                "missing": list(progress.missing),
                "comment": comment,
            },
        )

    def vote_record(self, *, task_state: TaskState, user, decision: str, comment: str) -> QuorumVote:
        vote, _ = QuorumVote.objects.update_or_create(
            task_state=task_state,
            user=user,
            defaults={
                "decision": decision,
                "comment": comment,
                "group_ids": sorted(self._user_group_ids(user)),
                "group_id": min(self._user_group_ids(user)),
            },
        )
        return vote

    def _recount(self, task_state: TaskState) -> QuorumProgress:
        """Book every approval to the group it counts for now, so the votes'
        groups and the history say who covered which group."""
        progress = self.progress(task_state)
        for group_id, user_id in progress.matched.items():
            QuorumVote.objects.filter(task_state=task_state, user_id=user_id).update(group_id=group_id)
        return progress

    def user_can_access_editor(self, obj, user):
        return self.is_reviewer(user)

    def locked_for_user(self, obj, user):
        return not (user.is_superuser or self.is_reviewer(user))

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not self.is_reviewer(user):
            return TaskState.objects.none()
        return four_eyes_reviewable(
            task_states=self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).exclude(quorum_votes__user=user),
            user=user,
        )

    @classmethod
    def get_description(cls):
        return (
            "Mehrere verschiedene Personen stimmen zu: eine Mindestzahl aus den Gruppen oder mindestens eine "
            "Person aus jeder Gruppe. Eine einzige Bitte um Änderungen schickt die Fassung zurück."
        )

    class Meta:
        verbose_name = "Freigabe durch mehrere Personen"
        verbose_name_plural = "Freigaben durch mehrere Personen"
