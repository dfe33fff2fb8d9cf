"""The outcome of one board stage: selected or not, and when."""

from django.db import models
from django.utils.formats import date_format
from django.utils.timezone import localtime

from wagtail.models import TaskState


class Outcome(models.TextChoices):
    SELECTED = "ausgewaehlt", "ausgewählt"
    NOT_SELECTED = "nicht_ausgewaehlt", "nicht ausgewählt"


class BoardDecision(models.Model):
    """Recorded when the last needed board member has voted.

    The sheet's selection date and the judgements readers see come from here
    and from the votes of ``task_state``, never from fields an editor types.
    ``revision`` is the revision the board decided on: a decision applies to
    that revision and to later ones until the board decides again.
    """

    task_state = models.OneToOneField(TaskState, on_delete=models.CASCADE, related_name="board_decision")
    # Any page, not only sheets: a workflow with this stage may be assigned elsewhere.
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    outcome = models.CharField("Ergebnis", max_length=20, choices=Outcome.choices)
    decided_at = models.DateTimeField("Entschieden am", db_index=True)
    votes_for = models.PositiveSmallIntegerField("Stimmen für die Auswahl")
    votes_cast = models.PositiveSmallIntegerField("Abgegebene Stimmen")

    class Meta:
        verbose_name = "Entscheidung des Beratungsgremiums"
        verbose_name_plural = "Entscheidungen des Beratungsgremiums"
        ordering = ["-decided_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()} am {date_format(localtime(self.decided_at), 'j. F Y')}"

    @property
    def selected(self) -> bool:
        return self.outcome == Outcome.SELECTED
