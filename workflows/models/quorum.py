"""One review stage that needs several people: N distinct approvals from a
group, or an approval from every one of a set of groups."""

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.core.validators import MinValueValidator
from django.db import models, transaction

from wagtail.log_actions import log
from wagtail.models import Task, TaskState

from workflows.four_eyes import NOT_A_REVIEWER, four_eyes_reason, four_eyes_reviewable

VOTE_LOG_ACTION = "workflows.quorum.approve"


class QuorumApprovalTask(Task):
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
        help_text="Aus jeder gewählten Gruppe muss mindestens eine Person zustimmen.",
    )

    admin_form_fields = Task.admin_form_fields + ["groups", "required_approvals", "require_every_group"]
    admin_form_widgets = {"groups": forms.CheckboxSelectMultiple}

    def _user_group_ids(self, user) -> set[int]:
        cache = user.__dict__.setdefault("_quorum_group_ids", {})
        if self.pk not in cache:
            cache[self.pk] = set(self.groups.filter(pk__in=user.groups.all()).values_list("pk", flat=True))
        return cache[self.pk]

    def is_reviewer(self, user) -> bool:
        return bool(self._user_group_ids(user))

    def votes_needed(self) -> int:
        if self.require_every_group:
            return max(self.required_approvals, self.groups.count())
        return self.required_approvals

    def refusal(self, *, task_state: TaskState, user) -> str | None:
        """Why ``user`` may not vote on ``task_state`` now (German), or None."""
        if not self.is_reviewer(user):
            return NOT_A_REVIEWER
        reason = four_eyes_reason(task_state=task_state, user=user)
        if reason:
            return reason
        if task_state.quorum_votes.filter(user=user).exists():
            return "Sie haben in diesem Schritt bereits abgestimmt; es fehlen Stimmen anderer Mitglieder."
        return None

    def open_groups(self, task_state: TaskState) -> list[Group]:
        """Groups that have not approved yet (only when every group must)."""
        if not self.require_every_group:
            return []
        done = set(task_state.quorum_votes.filter(decision=QuorumVote.APPROVE).values_list("group_id", flat=True))
        return [group for group in self.groups.order_by("name") if group.pk not in done]

    def get_actions(self, obj, user):
        task_state = obj.current_workflow_task_state
        if task_state is None or self.refusal(task_state=task_state, user=user):
            return []
        approvals = task_state.quorum_votes.filter(decision=QuorumVote.APPROVE).count()
        label = f"Zustimmen ({approvals + 1} von {self.votes_needed()})"
        return [
            ("reject", "Änderungen anfordern", True),
            ("approve", label, False),
            ("approve", f"{label} mit Kommentar", True),
        ]

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # Serialise votes on one task state so two last votes cannot both finish it.
        task_state = TaskState.objects.select_for_update().get(pk=task_state.pk).specific
        if task_state.status != TaskState.STATUS_IN_PROGRESS:
            raise PermissionDenied("Dieser Prüfschritt ist bereits abgeschlossen.")
        reason = self.refusal(task_state=task_state, user=user)
        if reason:
            raise PermissionDenied(reason)
        if action_name not in (QuorumVote.APPROVE, QuorumVote.REJECT):
            raise PermissionDenied(f"Unbekannte Aktion: {action_name}")
        comment = kwargs.get("comment", "")
        vote = QuorumVote.objects.create(
            task_state=task_state,
            user=user,
            group_id=self._vote_group_id(task_state, user),
            decision=action_name,
            comment=comment,
        )
        if action_name == QuorumVote.REJECT:
            task_state.reject(user=user, comment=comment)
            return
        approvals = task_state.quorum_votes.filter(decision=QuorumVote.APPROVE).count()
        if approvals >= self.votes_needed() and not self.open_groups(task_state):
            task_state.approve(user=user, comment=comment)
            return
        log(
            instance=task_state.revision.as_object(),
            action=VOTE_LOG_ACTION,
            user=user,
            revision=task_state.revision,
            data={
                "task": {"id": self.pk, "title": self.name},
                "task_state_id": task_state.pk,
                "group": vote.group.name if vote.group else "",
                "approvals": approvals,
                "needed": self.votes_needed(),
                "comment": comment,
            },
        )

    def _vote_group_id(self, task_state: TaskState, user) -> int | None:
        """The group a vote counts for: one still missing if every group must
        approve, else the user's first group of this task."""
        mine = self._user_group_ids(user)
        for group in self.open_groups(task_state):
            if group.pk in mine:
                return group.pk
        return min(mine) if mine else None

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


class QuorumVote(models.Model):
    """One person's decision in a quorum stage, kept for the audit trail."""

    APPROVE = "approve"
    REJECT = "reject"
    DECISIONS = [(APPROVE, "Zustimmung"), (REJECT, "Änderungen angefordert")]

    task_state = models.ForeignKey(TaskState, on_delete=models.CASCADE, related_name="quorum_votes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    group = models.ForeignKey(Group, null=True, on_delete=models.SET_NULL, related_name="+")
    decision = models.CharField("Entscheidung", max_length=10, choices=DECISIONS)
    comment = models.TextField("Kommentar", blank=True)
    created_at = models.DateTimeField("Zeitpunkt", auto_now_add=True)

    class Meta:
        verbose_name = "Stimme"
        verbose_name_plural = "Stimmen"
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["task_state", "user"], name="one_vote_per_person_and_task_state"),
        ]

    def __str__(self):
        return f"{self.user} – {self.get_decision_display()}"
