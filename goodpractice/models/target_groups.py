"""Who a good practice serves: a short, editor-maintained vocabulary."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from cms.i18n.unique_per_locale import UniquePerLocaleMixin


class TargetGroup(UniquePerLocaleMixin, TranslatableMixin, models.Model):
    """A target group (Zielgruppe) of a good practice, e.g. „Jobcenter und Arbeitsagenturen“.

    A snippet rather than fixed choices: editors may add a group without a deploy,
    and the catalogue can filter by it with a plain join. The initial list comes
    from a data migration. Translatable like the other reference data: pages and
    subprojects refer to the German rows, English editions show the translations.
    """

    unique_per_locale = ("name",)

    name = models.CharField("Bezeichnung", max_length=80)
    sort_order = models.PositiveSmallIntegerField(
        "Reihenfolge", default=100, help_text="Kleinere Zahlen stehen in Auswahllisten weiter oben."
    )

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = "Zielgruppe"
        verbose_name_plural = "Zielgruppen"
        constraints = [
            models.UniqueConstraint(fields=["locale", "name"], name="target_group_name_unique_per_locale"),
        ]

    def __str__(self) -> str:
        return self.name
