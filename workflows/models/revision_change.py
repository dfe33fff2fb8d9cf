"""Whether a revision changed the content or only the review comments."""

from django.db import models

from wagtail.models import Revision


class RevisionChange(models.Model):
    """Recorded when a page revision is saved (``workflows/revision_changes.py``).

    Wagtail saves a revision whenever a reviewer adds or resolves a comment;
    such a revision changes nothing under review, so it must neither make the
    reviewer an author (four eyes) nor undo the approvals already given.
    """

    revision = models.OneToOneField(Revision, on_delete=models.CASCADE, related_name="iq_change")
    content_changed = models.BooleanField("Inhalt geändert")

    class Meta:
        verbose_name = "Art der Änderung"
        verbose_name_plural = "Arten der Änderung"

    def __str__(self):
        return f"Fassung {self.revision_id}: {'Inhalt' if self.content_changed else 'nur Kommentare'}"
