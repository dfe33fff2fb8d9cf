"""The first stage of every workflow: machine checks of the submitted revision."""

from django.db import models, transaction

from wagtail.models import Revision, Task, TaskState

from workflows.signals import checks_requested


class AutomatedChecksTask(Task):
    """Runs the registered checks (``workflows/checks``) in the worker, then
    approves itself or sends the revision back with an itemised list.

    Nobody acts on it by hand: it has no actions, so it cannot be waved through.
    """

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        # Only once the submission is committed: the worker must find it.
        transaction.on_commit(lambda: checks_requested.send(sender=type(self), task_state=task_state))
        return task_state

    def get_actions(self, obj, user):
        return []

    @classmethod
    def get_description(cls):
        return (
            "Prüft die eingereichte Fassung automatisch (Pflichtangaben, Alternativtexte, Überschriften, Links, "
            "Förderhinweis, barrierefreies PDF) und gibt sie frei oder schickt sie mit einer Fehlerliste zurück."
        )

    class Meta:
        verbose_name = "Automatische Prüfung"
        verbose_name_plural = "Automatische Prüfungen"


class CheckRun(models.Model):
    """The outcome of one run of the checks on one submitted revision."""

    task_state = models.OneToOneField(TaskState, on_delete=models.CASCADE, related_name="check_run")
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="+")
    passed = models.BooleanField("Bestanden")
    report = models.JSONField("Prüfbericht")
    created_at = models.DateTimeField("Geprüft am", auto_now_add=True)

    class Meta:
        verbose_name = "Prüflauf"
        verbose_name_plural = "Prüfläufe"
        ordering = ["-created_at"]

    def __str__(self):
        return f"Prüflauf {self.pk} ({'bestanden' if self.passed else 'nicht bestanden'})"
