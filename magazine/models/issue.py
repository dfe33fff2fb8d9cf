from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from cms.models import BasePublicationPage
from cms.search.searchable_text import searchable_texts
from pdfexport.composite import pdf_parts_bindable
from pdfexport.file_names import file_name_stem

from ..blocks import PhotoCreditBlock

EDITORIAL_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class MagazineIssuePage(BasePublicationPage):
    """One issue of IQ konkret. Its articles are its child pages, in tree order;
    the issue PDF binds cover, contents, editorial, every live article and the
    imprint into one magazine."""

    issue_number = models.PositiveSmallIntegerField(
        "Nummer",
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text="Nummer der Ausgabe im Jahr. Die Adresse ergibt sich aus Jahr und Nummer, z. B. …/2024-1/.",
    )
    year = models.PositiveSmallIntegerField("Jahr", validators=[MinValueValidator(2000), MaxValueValidator(2100)])
    focus_title = models.CharField("Schwerpunkt", max_length=160, help_text="Das Titelthema der Ausgabe.")

    editorial_title = models.CharField("Überschrift des Editorials", max_length=160, blank=True)
    editorial = RichTextField("Editorial", features=EDITORIAL_FEATURES, blank=True)
    editorial_author = models.ForeignKey(
        "cms.Person",
        verbose_name="Editorial von",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    responsible_person = models.ForeignKey(
        "cms.Person",
        verbose_name="Verantwortlich i. S. d. P.",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Pflichtangabe im Impressum (Landespressegesetz, § 18 Abs. 2 MStV).",
    )
    editors = ParentalManyToManyField("cms.Person", verbose_name="Redaktion", blank=True, related_name="+")
    layout_credit = models.CharField("Layout", max_length=200, blank=True)
    photo_credits = StreamField(
        [("credit", PhotoCreditBlock())],
        verbose_name="Bildnachweise",
        blank=True,
        help_text="Bildnachweise mit den Seiten des gedruckten Hefts.",
    )
    printer = models.CharField("Druck", max_length=200, blank=True, help_text="Druckerei mit Ort.")
    print_run = models.PositiveIntegerField("Auflage", null=True, blank=True, help_text="Gedruckte Stückzahl.")
    print_month = models.CharField("Erscheinungsmonat", max_length=40, blank=True, help_text="z. B. „Juni 2024“")
    #: The page's locale, kept in the issue's own table: year and number are unique per language
    #: (an English edition has its German issue's), and a database constraint cannot name a field
    #: of the page table (multi-table inheritance). ``save()`` and ``clean()`` copy it from ``locale``.
    issue_locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name="Sprache der Ausgabe",
        on_delete=models.PROTECT,
        editable=False,
        related_name="+",
    )

    issue_panels = [
        FieldRowPanel([FieldPanel("issue_number"), FieldPanel("year")]),
        FieldPanel("focus_title"),
    ]
    editorial_panels = [
        FieldPanel("editorial_title"),
        FieldPanel("editorial"),
        FieldPanel("editorial_author"),
    ]
    imprint_panels = [
        FieldPanel("responsible_person"),
        FieldPanel("editors"),
        FieldPanel("layout_credit"),
        FieldPanel("photo_credits"),
        FieldRowPanel([FieldPanel("printer"), FieldPanel("print_run"), FieldPanel("print_month")]),
    ]
    # The issue fields right below the title: they decide the address and the cover.
    content_panels = (
        Page.content_panels
        + [MultiFieldPanel(issue_panels, heading="Ausgabe")]
        + BasePublicationPage.content_panels[len(Page.content_panels) :]
    )
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Inhalt"),
            ObjectList(editorial_panels, heading="Editorial"),
            ObjectList(imprint_panels, heading="Impressum"),
            ObjectList(Page.promote_panels, heading="Promotion"),
            ObjectList(Page.settings_panels, heading="Einstellungen"),
        ]
    )
    search_fields = BasePublicationPage.search_fields + [
        index.SearchField("focus_title"),
        index.SearchField("editorial"),
        index.FilterField("year"),
    ]

    parent_page_types = ["magazine.MagazineArchivePage"]
    subpage_types = ["magazine.MagazineArticlePage"]
    template = "magazine/magazine_issue_page.html"
    publication_type_label = "IQ konkret"
    schema_org_type = "PublicationIssue"
    # The issue PDF binds its articles; each carries this anchor (magazine/print/article.html).
    pdf_part_anchor_prefix = "article-"

    class Meta:
        verbose_name = "Ausgabe IQ konkret"
        verbose_name_plural = "Ausgaben IQ konkret"
        constraints = [
            models.UniqueConstraint(
                fields=["issue_locale", "year", "issue_number"],
                name="magazine_issue_unique_locale_year_number",
                violation_error_message="Diese Ausgabe (Jahr und Nummer) gibt es schon.",
            )
        ]

    @property
    def issue_label(self) -> str:
        return f"{self.issue_number}/{self.year}"

    @property
    def print_run_display(self) -> str:
        if not self.print_run:
            return ""
        return gettext("%(count)s Exemplare") % {"count": number_format(self.print_run, force_grouping=True)}

    def full_clean(self, *args, **kwargs) -> None:
        # The title's slug ("iq-konkret-12024") makes a poor address; unless an
        # editor chose one, a new issue lives at …/<year>-<number>/. Existing
        # issues keep theirs: a changed slug would break published links.
        kept_default = not self.slug or self.slug == slugify(self.title)
        if self.pk is None and self.year and self.issue_number and kept_default:
            self.slug = f"{self.year}-{self.issue_number}"
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        if self.locale_id is None:
            self.locale = self.get_default_locale()
        self.issue_locale_id = self.locale_id
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "locale" in update_fields:
            kwargs["update_fields"] = {*update_fields, "issue_locale"}
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        # A revision keeps the locale it was made in; the page's own counts (as Wagtail does for ``locale``).
        page = super().with_content_json(content)
        page.issue_locale_id = page.locale_id
        return page

    def clean(self) -> None:
        # Before the constraint is validated (``full_clean`` runs it after ``clean``).
        self.issue_locale_id = self.locale_id
        errors: dict = {}
        try:
            super().clean()
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        if self.year and self.issue_number and "issue_number" not in errors:
            # Per language: the English edition of an issue has the German issue's year and number.
            clash = MagazineIssuePage.objects.filter(
                locale_id=self.locale_id, year=self.year, issue_number=self.issue_number
            )
            if self.pk:
                clash = clash.exclude(pk=self.pk)
            if existing := clash.first():
                # A field error also keeps the (generic) constraint message from appearing twice.
                errors["issue_number"] = [
                    f"Die Ausgabe {self.issue_label} gibt es schon („{existing.title}“). Bitte Nummer oder Jahr ändern."
                ]
        if errors:
            raise ValidationError(errors)

    def live_articles(self):
        """The issue's published articles in their order in the page tree."""
        from .article import MagazineArticlePage

        return MagazineArticlePage.objects.child_of(self).live().public().order_by("path").prefetch_related("authors")

    def bound_articles(self) -> list:
        """The articles the issue PDF binds: the live ones that every reader of the
        issue may read. One with a view restriction of its own stays out, or the
        public issue PDF would hand its text to everyone; a restriction on the issue
        (or above) covers its articles and keeps them in (docs/security.md)."""
        from .article import MagazineArticlePage

        articles = MagazineArticlePage.objects.child_of(self).live().order_by("path").prefetch_related("authors")
        return pdf_parts_bindable(composite=self, parts=articles)

    def catalogue_texts(self) -> list[str]:
        """An issue is found by what its articles say, interviews included."""
        texts = super().catalogue_texts()
        for article in self.live_articles():
            texts.append(article.title)
            texts.extend(searchable_texts(article))
        return texts

    def pdf_filename_stem(self) -> str:
        # Number and year even when the title does not say them: "IQ-konkret-1-2024".
        prefix = self.publication_type_label
        if self.issue_number and self.year:
            prefix = f"{prefix} {self.issue_label}"
        return file_name_stem(prefix=prefix, title=self.title)

    def pdf_dependent_pages(self) -> list:
        # Article PDFs show the issue's number, title and funding notice.
        return list(self.live_articles())

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        # What the issue PDF binds: behind a restriction of the issue, its readers
        # see the articles that restriction covers, not only the public ones.
        context["articles"] = articles = self.bound_articles()
        context["text_authors"] = _authors_of(articles, editorial_author=self.editorial_author)
        context["photo_credit_rows"] = _photo_credit_rows(self.photo_credits, articles)
        return context

    def get_print_context(self, *, revision) -> dict:
        context = super().get_print_context(revision=revision)
        # Authors and picture credits too: the imprint must not name what was left out.
        articles = self.bound_articles()
        context["articles"] = articles
        context["text_authors"] = _authors_of(articles, editorial_author=self.editorial_author)
        context["photo_credit_rows"] = _photo_credit_rows(self.photo_credits, articles)
        return context


def _photo_credit_rows(entries, articles) -> list[dict]:
    """The imprint's picture credits. An entry without pages gets the pages of the
    figures that carry exactly its credit, as anchors the PDF turns into page
    numbers, so they stay right when the layout moves. Figure credits the editors
    did not list are added, so the list is never incomplete."""
    anchors: dict[str, list[str]] = {}
    for article in articles:
        for block in article.body:
            if block.block_type == "figure" and (credit := (block.value.get("credit") or "").strip()):
                anchors.setdefault(credit, []).append(f"figure-{block.id}")
    rows = []
    for entry in entries:
        credit, pages = entry.value["credit"].strip(), entry.value["pages"].strip()
        rows.append({"credit": credit, "pages": pages, "anchors": [] if pages else anchors.pop(credit, [])})
    rows += [{"credit": credit, "pages": "", "anchors": ids} for credit, ids in anchors.items()]
    return rows


def _authors_of(articles, *, editorial_author) -> list:
    """Everyone who wrote for the issue, once each, by name: the imprint's "Texte"."""
    people = {person.pk: person for article in articles for person in article.authors.all()}
    if editorial_author is not None:
        people[editorial_author.pk] = editorial_author
    return sorted(people.values(), key=lambda person: (person.last_name, person.first_name))
