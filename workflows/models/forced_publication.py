"""What went live without the full review, and who signed it off afterwards.

Two ways around a review workflow exist, and both are accountable the same way:
an administrator publishes a page with a written reason (force publish), or an
administrator takes a workflow off a page in Wagtail's workflow editor (from
then on the pages below it publish without review). Each is a row here until a
member of Freigabe other than the person who acted approves it retrospectively.
The page history holds the same facts as log entries; this table is what the
dashboard lists and what the four-eyes rule of the retrospective approval reads.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from wagtail.models import Page, Revision


class ForcedPublication(models.Model):
    class Kind(models.TextChoices):
        PUBLISHED = "published", "Ohne vollständige Prüfung veröffentlicht"
        WORKFLOW_REMOVED = "workflow_removed", "Workflow entfernt"
        WORKFLOW_DISABLED = "workflow_disabled", "Workflow deaktiviert"

    #: Who may force publish, and who signs off afterwards (role groups, see ``roles.py``).
    PUBLISHER_GROUP = "Administration"
    APPROVER_GROUP = "Freigabe"

    kind = models.CharField("Art", max_length=20, choices=Kind.choices, default=Kind.PUBLISHED)
    #: The published page, or the (listing) page the workflow was taken off.
    page = models.ForeignKey(Page, verbose_name="Seite", on_delete=models.CASCADE, related_name="forced_publications")
    #: The revision that went live; empty for a removed workflow.
    revision = models.ForeignKey(
        Revision, verbose_name="Fassung", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    #: By name: a workflow can be renamed or deleted later, the history cannot.
    workflow_name = models.CharField("Workflow", max_length=255, blank=True)
    reason = models.TextField("Begründung", blank=True)
    # SET_NULL rather than PROTECT: deleting an account must stay possible; the
    # page history keeps the user id and name of every log entry regardless.
    acted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Durchgeführt von",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    acted_at = models.DateTimeField("Durchgeführt am", auto_now_add=True, db_index=True)
    retro_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Nachträglich freigegeben von",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    retro_approved_at = models.DateTimeField("Nachträglich freigegeben am", null=True, blank=True)
    retro_comment = models.TextField("Kommentar der nachträglichen Freigabe", blank=True)

    class Meta:
        verbose_name = "Veröffentlichung ohne vollständige Prüfung"
        verbose_name_plural = "Veröffentlichungen ohne vollständige Prüfung"
        ordering = ["acted_at", "pk"]
        constraints = [
            # A force publish without a written reason must not exist, whatever code path writes it.
            models.CheckConstraint(
                condition=~Q(kind="published") | ~Q(reason=""), name="forced_publication_published_has_reason"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.page_id} am {self.acted_at:%d.%m.%Y}"

    @property
    def is_open(self) -> bool:
        return self.retro_approved_at is None
