"""Programme reference data: topics, action areas, funding periods and notices.

Topics, action areas and funding notices are translatable (``TranslatableMixin``):
an English row is a translation of a German one, so names and slugs are unique
per locale, not overall. Funding periods are dates and stay as they are."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from cms.blocks import LogoBlock
from cms.choices import FundingSource
from cms.i18n.unique_per_locale import UniquePerLocaleMixin


class Topic(UniquePerLocaleMixin, TranslatableMixin, index.Indexed, models.Model):
    unique_per_locale = ("name", "slug")

    name = models.CharField("Name", max_length=120)
    slug = models.SlugField("Kurzname (URL)", max_length=120)
    parent = models.ForeignKey(
        "self",
        verbose_name="Übergeordnetes Thema",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    description = models.TextField("Beschreibung", blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("parent"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = "Thema"
        verbose_name_plural = "Themen"
        constraints = [
            models.UniqueConstraint(fields=["locale", "name"], name="topic_name_unique_per_locale"),
            models.UniqueConstraint(fields=["locale", "slug"], name="topic_slug_unique_per_locale"),
        ]

    def __str__(self) -> str:
        return self.name


class FundingPeriod(models.Model):
    name = models.CharField("Bezeichnung", max_length=60, unique=True, help_text="z. B. „2023–2025“")
    start = models.DateField("Beginn")
    end = models.DateField("Ende")
    funding_source = models.CharField("Förderquelle", max_length=20, choices=FundingSource.choices)
    administrator = models.ForeignKey(
        "cms.Organisation",
        verbose_name="Administriert von",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("start"),
        FieldPanel("end"),
        FieldPanel("funding_source"),
        FieldPanel("administrator"),
    ]

    class Meta:
        ordering = ["-start"]
        verbose_name = "Förderperiode"
        verbose_name_plural = "Förderperioden"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="funding_period_end_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.name


class ActionArea(TranslatableMixin, models.Model):
    """A Handlungsschwerpunkt (HSP) of the programme."""

    number = models.PositiveSmallIntegerField("Nummer")
    name = models.CharField("Name", max_length=200)
    short_name = models.CharField("Kurzname", max_length=60)
    esf_funded = models.BooleanField("ESF-gefördert", default=False)
    periods = models.ManyToManyField(FundingPeriod, verbose_name="Förderperioden", blank=True)

    panels = [
        FieldPanel("number"),
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("esf_funded"),
        FieldPanel("periods"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["number"]
        verbose_name = "Handlungsschwerpunkt"
        verbose_name_plural = "Handlungsschwerpunkte"

    def __str__(self) -> str:
        return f"HSP {self.number}: {self.short_name}"


class FundingNotice(UniquePerLocaleMixin, TranslatableMixin, models.Model):
    """The funders' notice every publication must carry (ESF Plus publicity rules)."""

    unique_per_locale = ("label",)

    label = models.CharField("Bezeichnung", max_length=120, help_text="z. B. „ESF Plus 2023–2025“")
    text = RichTextField("Text", features=["bold", "italic", "link"])
    logos = StreamField([("logo", LogoBlock())], verbose_name="Logos", blank=True)
    period = models.ForeignKey(
        FundingPeriod, verbose_name="Förderperiode", null=True, blank=True, on_delete=models.SET_NULL
    )

    panels = [FieldPanel("label"), FieldPanel("text"), FieldPanel("logos"), FieldPanel("period")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["label"]
        verbose_name = "Förderhinweis"
        verbose_name_plural = "Förderhinweise"
        constraints = [
            models.UniqueConstraint(fields=["locale", "label"], name="funding_notice_label_unique_per_locale")
        ]

    def __str__(self) -> str:
        return self.label
