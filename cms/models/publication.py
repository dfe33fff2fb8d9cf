"""The abstract base every publication type inherits, built from small field mixins."""

from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from cms.alt_text import alt_text_problem
from cms.choices import PublicationLanguage
from cms.i18n.choices_in_language import PageFormInLanguage
from cms.i18n.reference import translated_for, translated_rows
from cms.search.searchable_text import searchable_texts
from pdfexport.routes import PdfRouteMixin

from .withdrawal import WithdrawableMixin


class DescriptionFieldsMixin(models.Model):
    subtitle = models.CharField("Untertitel", max_length=255, blank=True)
    teaser = models.TextField(
        "Teaser",
        max_length=300,
        help_text="Kurzbeschreibung für Übersichten und Suchergebnisse (höchstens 300 Zeichen).",
    )
    publication_date = models.DateField("Erscheinungsdatum", null=True, blank=True)
    data_as_of = models.DateField("Stand", null=True, blank=True, help_text="Stichtag der Inhalte bzw. Daten.")
    language = models.CharField(
        "Sprache", max_length=5, choices=PublicationLanguage.choices, default=PublicationLanguage.GERMAN
    )

    class Meta:
        abstract = True


class CoverFieldsMixin(models.Model):
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Titelbild",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(
        "Alternativtext des Titelbilds",
        max_length=300,
        blank=True,
        help_text="Pflicht, sobald ein Titelbild gesetzt ist: beschreibt, was das Bild zeigt.",
    )

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        if self.cover_image and (problem := alt_text_problem(alt=self.cover_alt, image=self.cover_image)):
            raise ValidationError({"cover_alt": problem})


class ClassificationFieldsMixin(models.Model):
    topics = ParentalManyToManyField("cms.Topic", verbose_name="Themen", blank=True, related_name="+")
    publishers = ParentalManyToManyField("cms.Organisation", verbose_name="Herausgeber", blank=True, related_name="+")
    funding_period = models.ForeignKey(
        "cms.FundingPeriod",
        verbose_name="Förderperiode",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    funding_notice = models.ForeignKey(
        "cms.FundingNotice",
        verbose_name="Förderhinweis",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Pflicht für die Veröffentlichung: Förderhinweis mit Logos der Mittelgeber.",
    )

    class Meta:
        abstract = True


class BasePublicationPage(
    WithdrawableMixin, PdfRouteMixin, DescriptionFieldsMixin, CoverFieldsMixin, ClassificationFieldsMixin, Page
):
    """A publication: a web page and a PDF rendered from the same content."""

    base_form_class = PageFormInLanguage
    content_panels = Page.content_panels + [
        FieldPanel("subtitle"),
        FieldPanel("teaser"),
        FieldRowPanel([FieldPanel("publication_date"), FieldPanel("data_as_of"), FieldPanel("language")]),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_alt")], heading="Titelbild"),
        MultiFieldPanel(
            [
                FieldPanel("publishers"),
                FieldPanel("topics"),
                FieldPanel("funding_period"),
                FieldPanel("funding_notice"),
            ],
            heading="Einordnung und Förderung",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("teaser"),
        index.FilterField("publication_date"),
        index.FilterField("language"),
    ]

    class Meta:
        abstract = True

    def is_current_edition(self) -> bool:
        """False once a newer edition replaces this publication (see dossiers)."""
        return True

    @property
    def topics_in_language(self) -> list:
        """The topics as this edition's readers see them: in its language."""
        return translated_rows(self.topics.all(), locale=self.locale)

    @property
    def publishers_in_language(self) -> list:
        return translated_rows(self.publishers.all(), locale=self.locale)

    def catalogue_facet_values(self) -> list[tuple[str, str, str]]:
        """``(facet, value, label)`` this publication is found under in the
        catalogue, beyond its type, year and language; types add their own."""
        # The value names the German row, so a filter link means the same in every
        # language; the label is the translation into this page's locale, if any.
        locale = self.locale
        values = [("thema", topic.slug, translated_for(topic, locale=locale).name) for topic in self.topics.all()]
        values += [
            ("herausgeber", f"org-{org.pk}", translated_for(org, locale=locale).name) for org in self.publishers.all()
        ]
        return values

    def catalogue_texts(self) -> list[str]:
        """The text a reader can search for, beyond the title and the teaser."""
        return searchable_texts(self)

    def get_print_context(self, *, revision) -> dict:
        context = super().get_print_context(revision=revision)
        # Fixed metadata from the revision, not the clock: same revision, same bytes.
        context["document_created"] = revision.created_at
        return context
