"""One board member's judgement on one criterion, recorded with their vote."""

from django.db import models

from workflows.models import QuorumVote

from .criteria import Criterion, Judgement

REASON_MAX_LENGTH = 500


class CriterionJudgement(models.Model):
    """A row per criterion and vote, so the published sheet, the archive and
    the history all read the same judgements."""

    vote = models.ForeignKey(QuorumVote, on_delete=models.CASCADE, related_name="criterion_judgements")
    criterion = models.CharField("Kriterium", max_length=20, choices=Criterion.choices)
    judgement = models.CharField("Urteil", max_length=20, choices=Judgement.choices)
    reason = models.CharField("Begründung", max_length=REASON_MAX_LENGTH)

    class Meta:
        verbose_name = "Urteil zu einem Kriterium"
        verbose_name_plural = "Urteile zu den Kriterien"
        ordering = ["vote__created_at", "vote_id", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["vote", "criterion"], name="one_judgement_per_vote_and_criterion"),
        ]

    def __str__(self) -> str:
        return f"{self.get_criterion_display()}: {self.get_judgement_display()}"
