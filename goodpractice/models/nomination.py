"""The nomination of a good practice: who proposed it to the advisory board,
when, and for which criteria. Entered by the editors from the proposal."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from .criteria import CriterionSetField, criteria_in_order, criteria_listed


class NominationFieldsMixin(models.Model):
    """Part of the sheet (and so of every revision): the board decides on the
    revision in front of it, nomination included. A proposal the board did not
    select comes back only with a new nomination (``page_form.py``)."""

    nominated_by = models.CharField(
        "Vorgeschlagen von",
        max_length=200,
        help_text="Netzwerk oder Fachstelle, z. B. „IQ Netzwerk Hessen“ oder „IQ Fachstelle Anerkennung und "
        "Qualifizierung“.",
    )
    nominator = models.CharField(
        "Vorschlagende Person",
        max_length=200,
        blank=True,
        help_text="Optional, nur für die Redaktion: wer den Vorschlag eingereicht hat. Erscheint nicht auf dem Blatt.",
    )
    nominated_at = models.DateField("Vorgeschlagen am", null=True)
    nominated_for = CriterionSetField(
        "Vorgeschlagen für die Kriterien",
        default=list,
        help_text="Die Kriterien, die der Vorschlag als erfüllt nennt. Das Beratungsgremium bewertet immer alle vier.",
    )

    nomination_panel = MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("nominated_by"), FieldPanel("nominator")]),
            FieldRowPanel([FieldPanel("nominated_at"), FieldPanel("nominated_for")]),
        ],
        heading="Vorschlag",
        help_text="Wie der Vorschlag beim Beratungsgremium eingegangen ist. Auswahl, Datum und Urteile des "
        "Gremiums kommen aus der Abstimmung im Workflow und werden hier nicht eingetragen.",
    )

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        if self.nominated_at and self.nominated_at > timezone.localdate():
            raise ValidationError(
                {
                    "nominated_at": f"Der Vorschlag kann nicht in der Zukunft liegen "
                    f"({date_format(self.nominated_at)}). Bitte das Datum des Eingangs eintragen."
                }
            )

    @property
    def nominated_for_labels(self) -> list[str]:
        return [criterion.label for criterion in criteria_in_order(self.nominated_for)]

    @property
    def nomination_summary(self) -> str:
        """„von IQ Netzwerk Hessen am 15. Januar 2024 für die Kriterien transferfähig und innovativ“."""
        parts = []
        if self.nominated_by:
            parts.append(gettext("von %(nominee)s") % {"nominee": self.nominated_by})
        if self.nominated_at:
            parts.append(gettext("am %(date)s") % {"date": date_format(self.nominated_at, gettext("j. F Y"))})
        criteria = criteria_in_order(self.nominated_for)
        if criteria:
            phrase = ngettext("für das Kriterium %(criteria)s", "für die Kriterien %(criteria)s", len(criteria))
            parts.append(phrase % {"criteria": criteria_listed(self.nominated_for)})
        return " ".join(parts)
