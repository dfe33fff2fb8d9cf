"""A reader's e-mail alert for a catalogue filter (``cms/alerts/``).

A row exists only once the reader has confirmed the link we mailed them; until
then the address lives only in that signed link. It holds what sending needs
and nothing else: the address, the filter, how often, when it was confirmed
and, for a weekly digest, up to when publications were already considered.
"""

from django.db import models
from django.db.models.functions import Lower

#: A filter longer than this is refused when subscribing: PostgreSQL indexes
#: at most about 2,700 bytes of a row, and no real selection comes close.
ALERT_FILTER_MAX_LENGTH = 1000


class AlertFrequency(models.TextChoices):
    IMMEDIATE = "sofort", "sofort"
    WEEKLY = "woechentlich", "wöchentlich"


class AlertSubscription(models.Model):
    email = models.EmailField("E-Mail-Adresse", max_length=254)
    filter_querystring = models.CharField(
        "Auswahl", max_length=ALERT_FILTER_MAX_LENGTH, blank=True, help_text="Die Filter des Katalogs als Query-String."
    )
    frequency = models.CharField("Häufigkeit", max_length=12, choices=AlertFrequency.choices)
    confirmed_at = models.DateTimeField("Bestätigt am")
    # Only weekly digests need it: what went live up to here was in a digest already.
    digest_until = models.DateTimeField("Zusammenfassung berücksichtigt bis", null=True, blank=True)
    # The language of the pages the reader subscribed on: their mails are written in it.
    language = models.CharField("Sprache", max_length=5, default="de")

    class Meta:
        verbose_name = "E-Mail-Benachrichtigung"
        verbose_name_plural = "E-Mail-Benachrichtigungen"
        constraints = [
            models.UniqueConstraint(Lower("email"), "filter_querystring", name="alert_subscription_unique"),
        ]
        indexes = [models.Index(fields=["frequency"], name="alert_subscription_frequency")]

    def __str__(self) -> str:
        return f"{self.email}: {self.filter_querystring or 'alle Publikationen'}"
