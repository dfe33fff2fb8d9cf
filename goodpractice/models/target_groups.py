"""Who a good practice serves: a short, editor-maintained vocabulary."""

from django.db import models

from wagtail.admin.panels import FieldPanel


class TargetGroup(models.Model):
    """A target group (Zielgruppe) of a good practice, e.g. „Jobcenter und Arbeitsagenturen“.

    A snippet rather than fixed choices: editors may add a group without a deploy,
    and the catalogue can filter by it with a plain join. The initial list comes
    from a data migration.
    """

    name = models.CharField("Bezeichnung", max_length=80, unique=True)
    sort_order = models.PositiveSmallIntegerField(
        "Reihenfolge", default=100, help_text="Kleinere Zahlen stehen in Auswahllisten weiter oben."
    )

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "Zielgruppe"
        verbose_name_plural = "Zielgruppen"

    def __str__(self) -> str:
        return self.name
