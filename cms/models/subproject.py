"""The programme's subprojects (Teilprojekte): reference data, edited in the
admin or imported from a table (``cms/subprojects/importing.py``), listed by
the directory page (``subproject_directory.py``)."""

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils.text import slugify

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from cms.choices import Bundesland
from cms.i18n.choices_in_language import ModelFormInLanguage
from cms.search import german


class SubprojectStatus(models.TextChoices):
    RUNNING = "laufend", "laufend"
    FINISHED = "abgeschlossen", "abgeschlossen"
    PLANNED = "geplant", "geplant"


class Subproject(index.Indexed, models.Model):
    base_form_class = ModelFormInLanguage

    name = models.CharField("Name", max_length=200, unique=True)
    slug = models.SlugField(
        "Kurzname (URL)",
        max_length=200,
        unique=True,
        blank=True,
        help_text="Leer lassen: wird aus dem Namen gebildet.",
    )
    carrier = models.ForeignKey(
        "cms.Organisation", verbose_name="Träger", on_delete=models.PROTECT, related_name="subprojects"
    )
    network = models.ForeignKey(
        "cms.RegionalNetwork",
        verbose_name="Netzwerk",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="subprojects",
    )
    bundesland = models.CharField("Bundesland", max_length=2, choices=Bundesland.choices)
    action_area = models.ForeignKey(
        "cms.ActionArea",
        verbose_name="Handlungsschwerpunkt",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="subprojects",
    )
    # The good-practice vocabulary, named by label: one list of target groups for
    # the whole programme (docs/decisions.md, „Zielgruppen der Teilprojekte“).
    target_groups = models.ManyToManyField(
        "goodpractice.TargetGroup", verbose_name="Zielgruppen", blank=True, related_name="subprojects"
    )
    funding_period = models.ForeignKey(
        "cms.FundingPeriod",
        verbose_name="Förderperiode",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="subprojects",
    )
    start = models.DateField("Beginn", null=True, blank=True)
    end = models.DateField("Ende", null=True, blank=True)
    contact = models.ForeignKey(
        "cms.Person",
        verbose_name="Ansprechperson",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="subprojects",
        help_text="Name und Kontaktdaten erscheinen nur, wenn die Einwilligung der Person vorliegt.",
    )
    status = models.CharField(
        "Status", max_length=13, choices=SubprojectStatus.choices, default=SubprojectStatus.RUNNING
    )
    description = models.TextField("Beschreibung", blank=True)
    # What search backends index: the analysed forms (cms/search/german.py), as the catalogue does.
    search_name = models.TextField(blank=True, editable=False)
    search_body = models.TextField(blank=True, editable=False)
    updated_at = models.DateTimeField("Aktualisiert", auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("carrier"),
        FieldRowPanel([FieldPanel("network"), FieldPanel("bundesland")]),
        FieldPanel("action_area"),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("funding_period"), FieldRowPanel([FieldPanel("start"), FieldPanel("end")])],
            heading="Laufzeit",
        ),
        FieldPanel("status"),
        FieldPanel("contact"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("search_name", boost=4),
        index.SearchField("search_body"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "Teilprojekt"
        verbose_name_plural = "Teilprojekte"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True)
                | models.Q(start__isnull=True)
                | models.Q(end__gte=models.F("start")),
                name="subproject_end_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = self._free_slug()
        self.search_name = german.index_text(self.name)
        self.search_body = german.index_text(self.searchable_text())
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "slug", "search_name", "search_body"}
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": "Das Ende liegt vor dem Beginn."})

    def _free_slug(self) -> str:
        base = slugify(self.name)[:190] or "teilprojekt"
        slug, n = base, 2
        while Subproject.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug

    def searchable_text(self) -> str:
        parts = [
            self.carrier.name if self.carrier_id else "",
            self.network.name if self.network_id else "",
            self.get_bundesland_display() if self.bundesland else "",
            self.action_area.name if self.action_area_id else "",
            self.description,
        ]
        return "\n".join(part for part in parts if part)

    @property
    def public_contact(self):
        """The contact person, or None without documented consent (GDPR)."""
        if self.contact is not None and self.contact.consent_published:
            return self.contact
        return None

    @property
    def period_display(self) -> str:
        if self.start and self.end:
            return f"{self.start:%d.%m.%Y} – {self.end:%d.%m.%Y}"
        if self.start:
            return f"seit {self.start:%d.%m.%Y}"
        return ""

    def public_url(self, request: HttpRequest | None = None) -> str:
        """The subproject's page in the live directory, or "" when there is none.
        Absolute, because a portrait's link is printed into the magazine's PDF too."""
        # By label: the directory page's module imports the views, which import this one.
        directory = apps.get_model("cms", "SubprojectDirectoryPage").objects.live().public().first()
        if directory is None:
            return ""
        return directory.get_full_url(request) + directory.reverse_subpage("subproject", kwargs={"slug": self.slug})
