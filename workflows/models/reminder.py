"""Reminders sent for review stages that wait too long."""

from django.db import models

from wagtail.models import TaskState


class ReviewReminder(models.Model):
    """That the reviewers of a waiting stage were reminded, and when; keeps
    ``workflow_remind`` from reminding twice within its interval."""

    task_state = models.ForeignKey(TaskState, on_delete=models.CASCADE, related_name="review_reminders")
    sent_at = models.DateTimeField("Erinnert am", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "Erinnerung"
        verbose_name_plural = "Erinnerungen"
        ordering = ["-sent_at"]

    def __str__(self):
        return f"Erinnerung an Schritt {self.task_state_id} am {self.sent_at:%d.%m.%Y}"
