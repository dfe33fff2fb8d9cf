"""One person's decision in a quorum stage, kept for the audit trail."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models

from wagtail.models import TaskState


class QuorumVote(models.Model):
    APPROVE = "approve"
    REJECT = "reject"
    #: A board member's "Nicht auswählen" (``goodpractice.BoardSelectionTask``).
    DECLINE = "decline"
    DECISIONS = [(APPROVE, "Zustimmung"), (REJECT, "Änderungen angefordert"), (DECLINE, "Nicht ausgewählt")]

    task_state = models.ForeignKey(TaskState, on_delete=models.CASCADE, related_name="quorum_votes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    #: The group the vote is counted for; recounted after every vote (``quorum_count``).
    group = models.ForeignKey(Group, null=True, on_delete=models.SET_NULL, related_name="+")
    #: The stage's groups the voter belonged to when voting: what the vote can count for.
    group_ids = models.JSONField("Gruppen beim Abstimmen", default=list)
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

    @property
    def counts_for(self) -> frozenset[int]:
        # Votes cast before the groups were recorded count for their booked group.
        return frozenset(self.group_ids or ([self.group_id] if self.group_id else []))
