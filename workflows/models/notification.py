"""How each person wants the workflow e-mails: one by one, or once a day."""

from django.conf import settings
from django.db import models

from wagtail.models import TaskState


class NotificationPreference(models.Model):
    """A person's choice between immediate e-mails and a daily digest.

    People without a row get immediate e-mails, as before this choice existed.
    Which kinds of notification someone receives at all stays Wagtail's switches
    (``UserProfile.*_notifications``); this only decides when.
    """

    IMMEDIATE = "sofort"
    DAILY = "taeglich"
    DELIVERY_CHOICES = [
        (IMMEDIATE, "Sofort: jede Benachrichtigung als eigene E-Mail"),
        (DAILY, "Tägliche Zusammenfassung: eine E-Mail am Tag mit allem, was seit der letzten geschehen ist"),
    ]

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    delivery = models.CharField("Zustellung", max_length=10, choices=DELIVERY_CHOICES, default=IMMEDIATE)

    class Meta:
        verbose_name = "Benachrichtigungseinstellung"
        verbose_name_plural = "Benachrichtigungseinstellungen"

    def __str__(self):
        return f"{self.user}: {self.get_delivery_display()}"

    @classmethod
    def for_user(cls, user) -> "NotificationPreference":
        """The stored choice, or an unsaved default (immediate) that saving stores."""
        return cls.objects.filter(user=user).first() or cls(user=user)


class DigestEntry(models.Model):
    """One notification held back for a person's daily digest.

    The text is rendered when the event happens, so the digest reports what was
    true then (who approved, with which comment) even if the page changed since.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_entries")
    event = models.CharField("Ereignis", max_length=40)
    #: The stage a review request or reminder is about: once it is decided, the
    #: digest leaves the request out instead of asking for a review that is done.
    task_state = models.ForeignKey(TaskState, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    page_title = models.CharField("Publikation", max_length=255)
    subject = models.CharField("Betreff", max_length=255)
    text = models.TextField("Text")
    url = models.URLField("Link", max_length=500)
    created_at = models.DateTimeField("Ereignis am", auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField("Zusammengefasst am", null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = "Eintrag der täglichen Zusammenfassung"
        verbose_name_plural = "Einträge der täglichen Zusammenfassung"
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.subject} (für {self.user})"
