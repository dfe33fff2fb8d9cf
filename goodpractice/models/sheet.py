"""The IQ Good Practice sheet: a proven approach, why the advisory board chose it,
and whom to ask about it (DOMAIN.md §4)."""

from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.formats import date_format

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from cms.choices import Bundesland
from cms.models import BasePublicationPage

from ..blocks import GOOD_PRACTICE_INTERVIEW_BLOCKS, GOOD_PRACTICE_SECTION_BLOCKS

CRITERION_HELP = "Pflicht vor der Veröffentlichung: wie das Beratungsgremium das Kriterium begründet hat (2–4 Sätze)."


class ProductType(models.TextChoices):
    PRODUCT = "produkt", "Produkt"
    INSTRUMENT = "instrument", "Instrument"
    CONCEPT = "konzept", "Konzept"
    MEASURE = "massnahme", "Maßnahme"
    EVENT_FORMAT = "veranstaltungsformat", "Veranstaltungsformat"


@dataclass(frozen=True)
class Criterion:
    label: str
    justification: str


def _section(verbose_name: str, help_text: str) -> StreamField:
    # Required on publish only: Wagtail defers required StreamFields when a draft is saved.
    return StreamField(GOOD_PRACTICE_SECTION_BLOCKS, verbose_name=verbose_name, help_text=help_text)


class GoodPracticePage(BasePublicationPage):
    # Einordnung. Foreign keys are nullable so that drafts can be saved early;
    # blank=False makes them required when the sheet is published.
    project_name = models.CharField(
        "Projektname", max_length=200, help_text="Offizieller Name des IQ Teilprojekts bzw. Teilvorhabens."
    )
    carrier = models.ForeignKey(
        "cms.Organisation", verbose_name="Träger", null=True, on_delete=models.PROTECT, related_name="+"
    )
    network = models.ForeignKey(
        "cms.RegionalNetwork", verbose_name="Netzwerk", null=True, on_delete=models.PROTECT, related_name="+"
    )
    bundesland = models.CharField("Bundesland", max_length=2, choices=Bundesland.choices)
    action_area = models.ForeignKey(
        "cms.ActionArea", verbose_name="Handlungsschwerpunkt", null=True, on_delete=models.PROTECT, related_name="+"
    )
    target_groups = ParentalManyToManyField(
        "goodpractice.TargetGroup",
        verbose_name="Zielgruppen",
        related_name="good_practices",
        help_text="Für wen der Ansatz gedacht ist und wer ihn übernehmen kann.",
    )
    target_group_note = models.CharField(
        "Zielgruppe im Projekt",
        max_length=200,
        blank=True,
        help_text="Optional genauer, z. B. „Elektroniker*innen mit Teilanerkennung“.",
    )
    product_type = models.CharField("Produkttyp", max_length=20, choices=ProductType.choices)

    # Inhalt
    challenge = _section("Ausgangslage", "Welche Herausforderung gab es, bevor das Projekt begann?")
    approach = _section("Umsetzung", "Wie wurde der Ansatz umgesetzt: Schritte, Beteiligte, Dauer?")
    results = _section("Ergebnisse", "Was hat sich nachweislich verändert? Zahlen mit Stand angeben.")
    transfer = _section("Transfer", "Was brauchen andere, um den Ansatz zu übernehmen? Materialien, Aufwand, Partner.")
    interview = StreamField(
        GOOD_PRACTICE_INTERVIEW_BLOCKS, verbose_name="Interview", blank=True, max_num=1, help_text="Optional."
    )
    contact = models.ForeignKey(
        "cms.Person",
        verbose_name="Ansprechperson",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Name und Kontaktdaten erscheinen nur, wenn die Einwilligung der Person vorliegt; "
        "sonst nennt das Blatt die allgemeinen Kontaktdaten des Trägers.",
    )

    # Auswahlverfahren
    criterion_transferable = models.TextField("Transferfähig", help_text=CRITERION_HELP)
    criterion_innovative = models.TextField("Innovativ", help_text=CRITERION_HELP)
    criterion_sustainable = models.TextField("Nachhaltig", help_text=CRITERION_HELP)
    criterion_efficient = models.TextField("Effizient", help_text=CRITERION_HELP)
    nomination_date = models.DateField("Vorgeschlagen am", null=True)
    nominated_by = models.CharField(
        "Vorgeschlagen von",
        max_length=200,
        help_text="Netzwerk oder Fachstelle, z. B. „IQ Netzwerk Hessen“ oder „IQ Fachstelle Anerkennung und "
        "Qualifizierung“.",
    )
    board_decision_date = models.DateField("Entscheidung des Beratungsgremiums am", null=True)
    award_year = models.PositiveSmallIntegerField(
        "Auszeichnungsjahr", null=True, validators=[MinValueValidator(2011), MaxValueValidator(2100)]
    )

    content_panels = BasePublicationPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("project_name"),
                FieldRowPanel([FieldPanel("carrier"), FieldPanel("network")]),
                FieldRowPanel([FieldPanel("bundesland"), FieldPanel("action_area")]),
                # Many-to-many fields are otherwise required even for a draft.
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple, required_on_save=False),
                FieldPanel("target_group_note"),
                FieldPanel("product_type"),
            ],
            heading="Projekt",
        ),
        FieldPanel("challenge"),
        FieldPanel("approach"),
        FieldPanel("results"),
        FieldPanel("transfer"),
        FieldPanel("interview"),
        FieldPanel("contact"),
        MultiFieldPanel(
            [
                FieldPanel("criterion_transferable"),
                FieldPanel("criterion_innovative"),
                FieldPanel("criterion_sustainable"),
                FieldPanel("criterion_efficient"),
            ],
            heading="Auswahlkriterien",
            help_text="Alle vier Kriterien sind erfüllt; jede Begründung ist vor der Veröffentlichung Pflicht.",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("nomination_date"), FieldPanel("nominated_by")]),
                FieldRowPanel([FieldPanel("board_decision_date"), FieldPanel("award_year")]),
            ],
            heading="Auswahlverfahren",
        ),
    ]
    search_fields = BasePublicationPage.search_fields + [
        index.SearchField("project_name"),
        index.SearchField("challenge"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("transfer"),
        index.FilterField("bundesland"),
        index.FilterField("action_area"),
        index.FilterField("award_year"),
    ]

    parent_page_types = ["goodpractice.GoodPracticeIndexPage"]
    subpage_types: list[str] = []
    template = "goodpractice/good_practice_page.html"
    publication_type_label = "IQ Good Practice"

    class Meta:
        verbose_name = "IQ Good Practice"
        verbose_name_plural = "IQ Good Practice"

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.nomination_date and self.board_decision_date and self.board_decision_date < self.nomination_date:
            errors["board_decision_date"] = (
                f"Das Beratungsgremium kann nicht vor dem Vorschlag entscheiden: Die Entscheidung "
                f"({date_format(self.board_decision_date)}) liegt vor dem Vorschlag "
                f"({date_format(self.nomination_date)}). Bitte beide Daten prüfen."
            )
        elif self.board_decision_date and self.award_year and self.award_year < self.board_decision_date.year:
            errors["award_year"] = (
                f"Das Auszeichnungsjahr ({self.award_year}) liegt vor der Entscheidung des Beratungsgremiums "
                f"({self.board_decision_date.year})."
            )
        if errors:
            raise ValidationError(errors)

    # Display ------------------------------------------------------------------

    @property
    def criteria(self) -> list[Criterion]:
        """The four selection criteria in their fixed order (DOMAIN.md §4)."""
        return [
            Criterion(label="Transferfähig", justification=self.criterion_transferable),
            Criterion(label="Innovativ", justification=self.criterion_innovative),
            Criterion(label="Nachhaltig", justification=self.criterion_sustainable),
            Criterion(label="Effizient", justification=self.criterion_efficient),
        ]

    @property
    def fact_rows(self) -> list[tuple[str, str]]:
        """The fact panel („Auf einen Blick“): label and value, empty rows left out."""
        rows = [
            ("Projekt", self.project_name),
            ("Träger", self.carrier.name if self.carrier else ""),
            ("Netzwerk", self.network.name if self.network else ""),
            ("Bundesland", self.get_bundesland_display() if self.bundesland else ""),
            ("Handlungsschwerpunkt", str(self.action_area) if self.action_area else ""),
            ("Zielgruppen", self.target_group_names),
            ("Produkttyp", self.get_product_type_display() if self.product_type else ""),
        ]
        return [(label, value) for label, value in rows if value]

    @property
    def sections(self) -> list[tuple[str, str, StreamValue]]:
        """(anchor, heading, content) of the four text sections, in reading order."""
        return [
            ("ausgangslage", "Ausgangslage", self.challenge),
            ("umsetzung", "Umsetzung", self.approach),
            ("ergebnisse", "Ergebnisse", self.results),
            ("transfer", "Transfer", self.transfer),
        ]

    @property
    def target_group_names(self) -> str:
        names = ", ".join(group.name for group in self.target_groups.all())
        if self.target_group_note:
            return f"{names} ({self.target_group_note})" if names else self.target_group_note
        return names

    @property
    def public_contact(self):
        """The contact person, or None unless they consented to publication (GDPR)."""
        if self.contact is not None and self.contact.consent_published:
            return self.contact
        return None

    @property
    def selection_summary(self) -> str:
        if not self.board_decision_date:
            return ""
        return f"Ausgewählt vom IQ Beratungsgremium am {date_format(self.board_decision_date, 'j. F Y')}"
