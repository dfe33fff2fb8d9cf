from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext, gettext_noop

from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from cms.models import BasePublicationPage
from pdfexport.file_names import file_name_stem

from ..blocks import (
    DOSSIER_CHAPTER_BLOCKS,
    DOSSIER_FOOTNOTE_BLOCKS,
    DOSSIER_REFERENCE_BLOCKS,
    DOSSIER_VERSION_BLOCKS,
)
from ..outline import DossierOutline, dossier_outline
from ..validation import dossier_footnote_errors

FOOTNOTE_HELP = (
    "<p><strong>So setzen Sie Fußnoten:</strong> Schreiben Sie im Kapiteltext an die Stelle der Fußnote eine "
    "Markierung in eckigen Klammern, z. B. <code>…nach § 7 AGG.[fn:agg-7]</code>, und legen Sie unten unter "
    "„Fußnoten“ eine Fußnote mit der Kennung <code>agg-7</code> an. Die Nummern vergibt das System in der "
    "Reihenfolge des Textes. Jede Markierung braucht eine Fußnote, und jede Fußnote muss genau einmal "
    "markiert sein – sonst kann die Seite nicht gespeichert werden.</p>"
)


class DossierPage(BasePublicationPage):
    abstract = RichTextField(
        "Zusammenfassung",
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="Abstract bzw. Executive Summary: steht vor dem ersten Kapitel.",
    )
    fachstelle = models.ForeignKey(
        "cms.Fachstelle",
        verbose_name="Herausgebende Fachstelle",
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    authors = ParentalManyToManyField("cms.Person", verbose_name="Autor*innen", related_name="+")
    commissioned_by = models.ForeignKey(
        "cms.Organisation",
        verbose_name="Im Auftrag von",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    edition = models.CharField("Fassung", max_length=20, default="1.0", help_text="z. B. „1.0“ oder „2.0“")
    supersedes = models.ForeignKey(
        "dossiers.DossierPage",
        verbose_name="Ersetzt die Fassung",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="superseded_by",
        help_text="Die frühere Fassung, die diese ersetzt. Sie bleibt abrufbar und verweist auf diese Fassung.",
    )
    version_history = StreamField(DOSSIER_VERSION_BLOCKS, verbose_name="Versionshistorie", blank=True)
    chapters = StreamField(DOSSIER_CHAPTER_BLOCKS, verbose_name="Kapitel", min_num=1)
    footnotes = StreamField(DOSSIER_FOOTNOTE_BLOCKS, verbose_name="Fußnoten", blank=True)
    references = StreamField(
        DOSSIER_REFERENCE_BLOCKS,
        verbose_name="Literatur",
        blank=True,
        help_text="Reihenfolge egal: das Verzeichnis wird nach Autor*in und Jahr sortiert.",
    )

    content_panels = BasePublicationPage.content_panels + [
        FieldPanel("abstract"),
        MultiFieldPanel(
            [FieldPanel("fachstelle"), FieldPanel("authors"), FieldPanel("commissioned_by")],
            heading="Herausgabe und Autorschaft",
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("edition"), FieldPanel("supersedes")]), FieldPanel("version_history")],
            heading="Fassung und Versionen",
        ),
        HelpPanel(FOOTNOTE_HELP, heading="Fußnoten"),
        FieldPanel("chapters"),
        FieldPanel("footnotes"),
        FieldPanel("references"),
    ]
    search_fields = BasePublicationPage.search_fields + [
        index.SearchField("abstract"),
        index.SearchField("chapters"),
        index.SearchField("footnotes"),
        index.SearchField("references"),
        index.FilterField("edition"),
    ]

    parent_page_types = ["dossiers.DossierIndexPage"]
    subpage_types: list[str] = []
    template = "dossiers/dossier_page.html"
    publication_type_label = gettext_noop("Themendossier")
    schema_org_type = "Report"

    class Meta:
        verbose_name = "Themendossier"
        verbose_name_plural = "Themendossiers"

    def clean(self) -> None:
        super().clean()
        errors = dossier_footnote_errors(chapters=self.chapters, footnotes=self.footnotes, abstract=self.abstract)
        if self.supersedes_id and self.pk and self.supersedes_id == self.pk:
            errors["supersedes"] = ValidationError("Eine Fassung kann sich nicht selbst ersetzen.")
        elif self.supersedes and self.pk and self.supersedes.supersedes_id == self.pk:
            errors["supersedes"] = ValidationError(
                f"Fassung {self.supersedes.edition} ersetzt bereits diese Fassung: zwei Fassungen können sich nicht "
                "gegenseitig ersetzen."
            )
        elif self.supersedes and self.supersedes.edition == self.edition:
            errors["edition"] = ValidationError(
                f"Die ersetzte Fassung heißt ebenfalls „{self.edition}“: bitte eine neue Fassungsnummer angeben."
            )
        if errors:
            raise ValidationError(errors)

    def outline(self) -> DossierOutline:
        return dossier_outline(chapters=self.chapters, footnotes=self.footnotes)

    def sorted_references(self) -> list:
        return sorted((block.value for block in self.references), key=lambda value: value.sort_key())

    def version_entries(self) -> list:
        return sorted((block.value for block in self.version_history), key=lambda value: value["date"], reverse=True)

    def is_current_edition(self) -> bool:
        return self.superseding_edition() is None

    def superseding_edition(self) -> "DossierPage | None":
        """The live edition that replaces this one, if any."""
        if not self.pk:
            return None
        return DossierPage.objects.live().filter(supersedes_id=self.pk).order_by("-publication_date").first()

    def edition_date(self):
        return self.publication_date or self.data_as_of

    def _dossier_context(self) -> dict:
        outline = self.outline()
        return {
            "outline": outline,
            "dossier_footnotes": outline.footnotes,
            "references": self.sorted_references(),
            "versions": self.version_entries(),
            "superseded_edition": self.supersedes,
            "replaced_by": self.superseding_edition(),
        }

    def get_context(self, request, *args, **kwargs) -> dict:
        return {**super().get_context(request, *args, **kwargs), **self._dossier_context()}

    def get_print_context(self, *, revision) -> dict:
        return {**super().get_print_context(revision=revision), **self._dossier_context()}

    def catalogue_facet_values(self) -> list[tuple[str, str, str]]:
        values = super().catalogue_facet_values()
        if self.fachstelle_id:
            values.append(("herausgeber", f"fachstelle-{self.fachstelle_id}", str(self.fachstelle)))
        return values

    def pdf_dependent_pages(self) -> list:
        # The replaced edition's PDF says "ersetzt durch …", so it changes when this one goes live or offline.
        return [self.supersedes] if self.supersedes_id else []

    def pdf_filename_stem(self) -> str:
        # Editions share their title: "Themendossier-Leitfaden-Fassung-2-0".
        return file_name_stem(prefix=self.publication_type_label, title=self.title, extra=("Fassung", self.edition))

    def pdf_document_title(self) -> str:
        # The PDF's title, in the PDF's language; the file name (above) stays German.
        return gettext("%(title)s (Fassung %(edition)s)") % {"title": self.title, "edition": self.edition}
