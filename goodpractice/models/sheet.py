"""The IQ Good Practice sheet: a proven approach, why the advisory board chose it,
and whom to ask about it.

Whether and when the board selected it, and its judgements per criterion, are
not fields: they come from the votes of the board stage (``selection/``).
"""

from django import forms
from django.db import models
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from cms.choices import Bundesland
from cms.i18n.reference import in_source_language, translated_for, translated_rows
from cms.models import BasePublicationPage

from ..blocks import GOOD_PRACTICE_INTERVIEW_BLOCKS, GOOD_PRACTICE_SECTION_BLOCKS
from ..page_form import GoodPracticePageForm
from ..panels import BoardDecisionsPanel
from ..selection.selectors import board_decision_for_revision, board_selection_for
from .nomination import NominationFieldsMixin


class ProductType(models.TextChoices):
    PRODUCT = "produkt", _("Produkt")
    INSTRUMENT = "instrument", _("Instrument")
    CONCEPT = "konzept", _("Konzept")
    MEASURE = "massnahme", _("Maßnahme")
    EVENT_FORMAT = "veranstaltungsformat", _("Veranstaltungsformat")


def _section(verbose_name: str, help_text: str) -> StreamField:
    # Required on publish only: Wagtail defers required StreamFields when a draft is saved.
    return StreamField(GOOD_PRACTICE_SECTION_BLOCKS, verbose_name=verbose_name, help_text=help_text)


class GoodPracticePage(NominationFieldsMixin, BasePublicationPage):
    # Einordnung. Foreign keys are nullable so that drafts can be saved early;
    # blank=False makes them required when the sheet is published.
    project_name = models.CharField(
        "Projektname", max_length=200, help_text="Offizieller Name des IQ Teilprojekts bzw. Teilvorhabens."
    )
    subproject = models.ForeignKey(
        "cms.Subproject",
        verbose_name="Teilprojekt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="good_practice_sheets",
        help_text="Das Teilprojekt im Verzeichnis; die Seite des Teilprojekts verlinkt dann dieses Blatt.",
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

    content_panels = BasePublicationPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("project_name"),
                FieldPanel("subproject"),
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
        NominationFieldsMixin.nomination_panel,
        BoardDecisionsPanel(heading="Entscheidungen des Beratungsgremiums"),
    ]
    search_fields = BasePublicationPage.search_fields + [
        index.SearchField("project_name"),
        index.SearchField("challenge"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("transfer"),
        index.SearchField("interview"),
        index.SearchField("target_group_note"),
        index.FilterField("bundesland"),
        index.FilterField("action_area"),
    ]

    parent_page_types = ["goodpractice.GoodPracticeIndexPage"]
    subpage_types: list[str] = []
    template = "goodpractice/good_practice_page.html"
    publication_type_label = "IQ Good Practice"
    schema_org_type = "Report"
    base_form_class = GoodPracticePageForm

    class Meta:
        verbose_name = "IQ Good Practice"
        verbose_name_plural = "IQ Good Practice"

    # The board's selection ------------------------------------------------------

    def publication_refusal(self, *, revision) -> str | None:
        """Why ``revision`` may not go live (German), or None: the last board
        decision on it or an earlier revision was „nicht ausgewählt“."""
        decision = board_decision_for_revision(page_id=self.pk, revision_id=revision.pk)
        if decision is None or decision.selected:
            return None
        return (
            f"„{self.get_admin_display_title()}“ wird nicht veröffentlicht: Das Beratungsgremium hat diesen "
            f"Vorschlag am {date_format(localtime(decision.decided_at), 'j. F Y')} nicht ausgewählt."
        )

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            # A reviewer's preview shows the revision under review, a live page its live revision.
            revision_id = getattr(request, "revision_id", None) or self.latest_revision_id
        else:
            revision_id = self.live_revision_id
        context["board_selection"] = board_selection_for(page_id=self.pk, revision_id=revision_id)
        return context

    def get_print_context(self, *, revision) -> dict:
        context = super().get_print_context(revision=revision)
        context["board_selection"] = board_selection_for(page_id=self.pk, revision_id=revision.pk)
        return context

    def catalogue_facet_values(self) -> list[tuple[str, str, str]]:
        values = super().catalogue_facet_values()
        locale = self.locale
        if self.action_area_id:
            values.append(("hsp", str(self.action_area.number), str(translated_for(self.action_area, locale=locale))))
        if self.network_id:
            network = in_source_language(self.network)
            values.append(("netzwerk", f"netzwerk-{network.pk}", translated_for(network, locale=locale).name))
        elif self.bundesland:
            values.append(("netzwerk", f"land-{self.bundesland.lower()}", self.get_bundesland_display()))
        if self.carrier_id:
            carrier = in_source_language(self.carrier)
            values.append(("herausgeber", f"org-{carrier.pk}", translated_for(carrier, locale=locale).name))
        return values

    # Display ------------------------------------------------------------------

    @property
    def fact_rows(self) -> list[tuple[str, str]]:
        """The fact panel („Auf einen Blick“): label and value, empty rows left out."""
        # wagtail-localize points a translation's foreign keys at the English rows
        # only if they existed when it was saved; translated later, they show too.
        carrier, network, action_area = (
            translated_for(row, locale=self.locale) if row else None
            for row in (self.carrier, self.network, self.action_area)
        )
        rows = [
            (gettext("Projekt"), self.project_name),
            (gettext("Träger"), carrier.name if carrier else ""),
            (gettext("Netzwerk"), network.name if network else ""),
            (gettext("Bundesland"), self.get_bundesland_display() if self.bundesland else ""),
            (gettext("Handlungsschwerpunkt"), str(action_area) if action_area else ""),
            (gettext("Zielgruppen"), self.target_group_names),
            (gettext("Produkttyp"), self.get_product_type_display() if self.product_type else ""),
        ]
        return [(label, value) for label, value in rows if value]

    @property
    def sections(self) -> list[tuple[str, str, StreamValue]]:
        """(anchor, heading, content) of the four text sections, in reading order."""
        return [
            ("ausgangslage", gettext("Ausgangslage"), self.challenge),
            ("umsetzung", gettext("Umsetzung"), self.approach),
            ("ergebnisse", gettext("Ergebnisse"), self.results),
            ("transfer", gettext("Transfer"), self.transfer),
        ]

    @property
    def target_group_names(self) -> str:
        names = ", ".join(group.name for group in translated_rows(self.target_groups.all(), locale=self.locale))
        if self.target_group_note:
            return f"{names} ({self.target_group_note})" if names else self.target_group_note
        return names

    @property
    def public_contact(self):
        """The contact person, or None unless they consented to publication (GDPR)."""
        if self.contact is not None and self.contact.consent_published:
            return self.contact
        return None
