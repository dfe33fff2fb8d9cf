"""Deadlines of the human review stages: how long a stage may take by default,
when each stage run is due, and the editor's „Freigabe bis“ for the whole run.

``reminded_for`` and ``overdue_for`` hold the due date a mail was sent for, not
a flag: a changed due date differs from them, so its reminder and overdue
notice go out again, once each (``workflows/deadlines/check.py``).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from wagtail.models import TaskState, WorkflowState

DEFAULT_DURATION_DAYS = 5
MAX_DURATION_DAYS = 60


class StageDuration(models.Model):
    """The „Frist (Arbeitstage)“ field of the human review stages."""

    duration_days = models.PositiveSmallIntegerField(
        "Frist (Arbeitstage)",
        default=DEFAULT_DURATION_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_DURATION_DAYS)],
        help_text=(
            "So viele Arbeitstage hat dieser Schritt, gezählt ab dem Tag, an dem er beginnt; Wochenenden und "
            "bundesweite Feiertage zählen nicht. Am Arbeitstag davor werden die Prüfenden erinnert, danach "
            "gilt der Schritt als überfällig."
        ),
    )

    class Meta:
        abstract = True


class ReleaseBy(models.Model):
    """The editor's „Freigabe bis“: by when the run should be approved."""

    workflow_state = models.OneToOneField(WorkflowState, on_delete=models.CASCADE, related_name="release_by")
    due_on = models.DateField("Freigabe bis")
    set_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    set_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "Freigabe bis"
        verbose_name_plural = "Freigabe bis"

    def __str__(self):
        return f"Freigabe bis {self.due_on:%d.%m.%Y}"


class StageDeadline(models.Model):
    """When one run of a human review stage is due, and what was sent for it."""

    task_state = models.OneToOneField(TaskState, on_delete=models.CASCADE, related_name="deadline")
    due_on = models.DateField("Fällig am", db_index=True)
    #: The editor's „Freigabe bis“ decided the date, not the stage's default duration.
    from_editor = models.BooleanField("Von der Redaktion gesetzt", default=False)
    set_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    reminded_for = models.DateField("Erinnert für Fälligkeit", null=True, blank=True)
    overdue_for = models.DateField("Überfällig gemeldet für Fälligkeit", null=True, blank=True)

    class Meta:
        verbose_name = "Frist"
        verbose_name_plural = "Fristen"

    def __str__(self):
        return f"Schritt {self.task_state_id} fällig am {self.due_on:%d.%m.%Y}"
