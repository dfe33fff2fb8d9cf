"""Alerts that the background worker has gone silent."""

from django.db import models


class WorkerAlert(models.Model):
    """That administrators were told the worker is silent, and when it came back.

    An open alert (no ``recovered_at``) keeps ``worker_watch`` from mailing again
    on every cron run; the worker's next sign of life closes it, and a later
    silence is a new alert.
    """

    last_seen = models.DateTimeField("Zuletzt aktiv", null=True, blank=True)
    waiting_since = models.DateTimeField("Ältester Auftrag wartet seit")
    waiting_count = models.PositiveIntegerField("Wartende Aufträge")
    sent_at = models.DateTimeField("Gemeldet am", auto_now_add=True, db_index=True)
    recovered_at = models.DateTimeField("Wieder aktiv seit", null=True, blank=True)

    class Meta:
        verbose_name = "Meldung: Hintergrunddienst still"
        verbose_name_plural = "Meldungen: Hintergrunddienst still"
        ordering = ["-sent_at"]

    def __str__(self):
        return f"Hintergrunddienst still, gemeldet am {self.sent_at:%d.%m.%Y %H:%M}"
