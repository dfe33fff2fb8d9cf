"""The catalogue's own record of each live publication.

One row per publication, rebuilt whenever the publication, its PDF or its
withdrawal changes (``cms/catalogue/indexing.py``). The catalogue reads only
these rows: four page types with different fields become one table it can
filter, count and search without touching their tables, so a listing of 10,000
publications costs the same handful of queries as one of ten.
"""

from django.db import models

from wagtail.search import index


class EntryStatus(models.TextChoices):
    CURRENT = "current", "Aktuell"
    SUPERSEDED = "superseded", "Neuere Fassung vorhanden"
    WITHDRAWN = "withdrawn", "Zurückgezogen"


class CatalogueEntry(index.Indexed, models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name="Seite",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="catalogue_entry",
    )
    type_label = models.CharField("Publikationsart", max_length=80)
    title = models.CharField("Titel", max_length=255)
    teaser = models.TextField("Teaser", blank=True)
    date = models.DateField("Datum", db_index=True)
    language = models.CharField("Sprache", max_length=5)
    # Which language's catalogue lists it by default: its page's locale (docs/i18n.md).
    edition_language = models.CharField("Sprachfassung", max_length=5, default="de", db_index=True)
    cover = models.ForeignKey(
        "wagtailimages.Image", verbose_name="Titelbild", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    cover_alt = models.CharField("Alternativtext des Titelbilds", max_length=300, blank=True)
    status = models.CharField("Status", max_length=12, choices=EntryStatus.choices, default=EntryStatus.CURRENT)
    pdf_byte_size = models.PositiveBigIntegerField("PDF-Größe (Bytes)", null=True)
    pdf_page_count = models.PositiveIntegerField("PDF-Seiten", null=True)
    pdf_tagged = models.BooleanField("PDF getaggt", default=False)
    # Only this lets the card say "barrierefrei": the independent validator passed the PDF.
    pdf_pdfua_passed = models.BooleanField("PDF barrierefrei (PDF/UA-1 geprüft)", default=False)
    # The readable text, for snippets; the analysed forms below are what backends index.
    text = models.TextField("Text", blank=True)
    search_title = models.TextField(blank=True)
    search_body = models.TextField(blank=True)
    updated_at = models.DateTimeField("Aktualisiert", auto_now=True)

    search_fields = [index.SearchField("search_title", boost=4), index.SearchField("search_body")]

    class Meta:
        verbose_name = "Katalogeintrag"
        verbose_name_plural = "Katalogeinträge"
        indexes = [models.Index(fields=["title"], name="catalogue_entry_title")]

    def __str__(self) -> str:
        return self.title

    @property
    def is_withdrawn(self) -> bool:
        return self.status == EntryStatus.WITHDRAWN

    @property
    def is_superseded(self) -> bool:
        return self.status == EntryStatus.SUPERSEDED


class CatalogueFacetValue(models.Model):
    """One value of one facet of an entry: its type, a topic, a year, …"""

    entry = models.ForeignKey(CatalogueEntry, on_delete=models.CASCADE, related_name="facet_values")
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=60)
    label = models.CharField(max_length=200)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "facet", "value"], name="catalogue_facet_value_unique")]
        indexes = [models.Index(fields=["facet", "value"], name="catalogue_facet_lookup")]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}"
