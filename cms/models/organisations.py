"""Who publishes and who is named: carriers, Fachstellen, networks and persons."""

from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from cms.choices import Bundesland, LegalForm, NetworkType
from cms.i18n.choices_in_language import ModelFormInLanguage
from cms.i18n.unique_per_locale import UniquePerLocaleMixin


class Organisation(UniquePerLocaleMixin, TranslatableMixin, index.Indexed, models.Model):
    """A carrier (Träger), publisher, funder or administering authority; translatable,
    so its name is unique per locale (most keep their German name in English)."""

    unique_per_locale = ("name",)

    name = models.CharField("Name", max_length=200)
    short_name = models.CharField("Kurzname", max_length=60, blank=True)
    legal_form = models.CharField("Rechtsform", max_length=20, choices=LegalForm.choices, blank=True)
    street = models.CharField("Straße und Hausnummer", max_length=200, blank=True)
    postcode = models.CharField("PLZ", max_length=5, blank=True)
    city = models.CharField("Ort", max_length=100, blank=True)
    bundesland = models.CharField("Bundesland", max_length=2, choices=Bundesland.choices, blank=True)
    website = models.URLField("Website", blank=True)
    email = models.EmailField("E-Mail", blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name="Logo", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("legal_form")]),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldPanel("bundesland"),
            ],
            heading="Anschrift",
        ),
        FieldRowPanel([FieldPanel("website"), FieldPanel("email")]),
        FieldPanel("logo"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("short_name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = "Organisation"
        verbose_name_plural = "Organisationen"
        constraints = [models.UniqueConstraint(fields=["locale", "name"], name="organisation_name_unique_per_locale")]

    def __str__(self) -> str:
        return self.name

    @property
    def address_line(self) -> str:
        place = " ".join(part for part in (self.postcode, self.city) if part)
        return ", ".join(part for part in (self.street, place) if part)


class Fachstelle(models.Model):
    name = models.CharField("Name", max_length=200, unique=True)
    topic_description = RichTextField("Themenbeschreibung", blank=True, features=["bold", "italic", "link", "ul"])
    carrier = models.ForeignKey(
        Organisation,
        verbose_name="Träger",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="fachstellen",
    )
    periods = models.ManyToManyField("cms.FundingPeriod", verbose_name="Förderperioden", blank=True)
    website = models.URLField("Website", blank=True)
    active = models.BooleanField("Aktiv", default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("topic_description"),
        FieldPanel("carrier"),
        FieldPanel("periods"),
        FieldPanel("website"),
        FieldPanel("active"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "Fachstelle"
        verbose_name_plural = "Fachstellen"

    def __str__(self) -> str:
        return f"IQ Fachstelle {self.name}"


class RegionalNetwork(UniquePerLocaleMixin, TranslatableMixin, models.Model):
    base_form_class = ModelFormInLanguage
    unique_per_locale = ("name",)

    name = models.CharField("Name", max_length=200, help_text="z. B. „IQ Netzwerk Hessen“")
    network_type = models.CharField("Art", max_length=20, choices=NetworkType.choices)
    bundesland = models.CharField("Bundesland", max_length=2, choices=Bundesland.choices)
    coordination = models.ForeignKey(
        Organisation, verbose_name="Koordination", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    periods = models.ManyToManyField("cms.FundingPeriod", verbose_name="Förderperioden", blank=True)
    website = models.URLField("Website", blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("network_type"), FieldPanel("bundesland")]),
        FieldPanel("coordination"),
        FieldPanel("periods"),
        FieldPanel("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "name"], name="regional_network_name_unique_per_locale")
        ]
        verbose_name = "Regionales Netzwerk"
        verbose_name_plural = "Regionale Netzwerke"

    def __str__(self) -> str:
        return self.name


class Person(index.Indexed, models.Model):
    """An author or contact. Published only with documented consent (GDPR)."""

    base_form_class = ModelFormInLanguage

    first_name = models.CharField("Vorname", max_length=100)
    last_name = models.CharField("Nachname", max_length=100)
    salutation = models.CharField("Anrede/Pronomen", max_length=40, blank=True)
    role = models.CharField("Funktion", max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    email = models.EmailField("E-Mail", blank=True)
    phone = models.CharField("Telefon", max_length=40, blank=True)
    initials = models.CharField("Kürzel", max_length=8, blank=True, help_text="Steht an Artikeln, z. B. „iw“.")
    photo = models.ForeignKey(
        "wagtailimages.Image", verbose_name="Foto", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    photo_credit = models.CharField("Bildnachweis", max_length=200, blank=True)
    consent_published = models.BooleanField(
        "Einwilligung zur Veröffentlichung liegt vor",
        default=False,
        help_text="Ohne Einwilligung werden Kontaktdaten und Foto nicht veröffentlicht.",
    )

    panels = [
        FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
        FieldRowPanel([FieldPanel("salutation"), FieldPanel("initials")]),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        FieldRowPanel([FieldPanel("photo"), FieldPanel("photo_credit")]),
        FieldPanel("consent_published"),
    ]
    search_fields = [
        index.SearchField("first_name"),
        index.SearchField("last_name"),
        index.AutocompleteField("last_name"),
    ]

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = "Person"
        verbose_name_plural = "Personen"

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def clean(self) -> None:
        if self.photo and not self.photo_credit:
            raise ValidationError({"photo_credit": "Bitte den Bildnachweis zum Foto angeben."})
