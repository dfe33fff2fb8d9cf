from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from cms.models import WithdrawableMixin
from pdfexport.file_names import file_name_stem, file_name_words
from pdfexport.routes import PdfRouteMixin

from ..blocks import ARTICLE_BLOCKS


class ArticleType(models.TextChoices):
    """The sections (Rubriken) of the magazine."""

    # Lazy labels: an English article names its section in English on the web.
    LEADING_ARTICLE = "leitartikel", _("Leitartikel")
    BACKGROUND = "hintergrund", _("Hintergrund")
    INTERVIEW = "interview", _("Interview")
    PORTRAIT = "portraet", _("Porträt")
    PROJECT_PORTRAIT = "projektportraet", _("Projektporträt")
    FACTS = "daten-und-fakten", _("Daten und Fakten")
    NEIGHBOURS = "blick-zum-nachbarn", _("Blick zum Nachbarn")
    REVIEW = "rezension", _("Rezension")
    NEWS = "kurzmeldung", _("Kurzmeldung")


PRINT_OPENER_TYPES = frozenset({ArticleType.LEADING_ARTICLE, ArticleType.INTERVIEW})


class MagazineArticlePage(WithdrawableMixin, PdfRouteMixin, Page):
    """An article of one issue. It is part of its issue, not a publication of its
    own: language, publishers and funding notice come from the issue, and the
    issue PDF includes it."""

    article_type = models.CharField("Rubrik", max_length=30, choices=ArticleType.choices)
    lead = models.TextField("Vorspann", max_length=600, help_text="Zwei bis drei Sätze, die in den Artikel führen.")
    authors = ParentalManyToManyField(
        "cms.Person",
        verbose_name="Autor*innen",
        blank=True,
        related_name="+",
        help_text="Am Artikel steht das Kürzel, im Impressum der Name.",
    )
    body = StreamField(ARTICLE_BLOCKS, verbose_name="Text")

    content_panels = Page.content_panels + [
        FieldPanel("article_type"),
        FieldPanel("lead"),
        FieldPanel("authors"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("article_type"),
    ]

    parent_page_types = ["magazine.MagazineIssuePage"]
    subpage_types: list[str] = []
    template = "magazine/magazine_article_page.html"
    publication_type_label = "IQ konkret"
    schema_org_type = "Article"

    class Meta:
        verbose_name = "Artikel IQ konkret"
        verbose_name_plural = "Artikel IQ konkret"

    def clean(self) -> None:
        super().clean()
        if self.slug == "pdf":
            # /<issue>/pdf/ is the issue's PDF download; an article there could never be reached.
            raise ValidationError({"slug": "„pdf“ ist für den PDF-Download der Ausgabe reserviert."})

    @cached_property
    def issue(self):
        parent = self.get_parent()
        return parent.specific if parent is not None else None

    # What the shared print shell and page header read from a publication: an
    # article takes it from its issue.

    @property
    def language(self) -> str:
        return getattr(self.issue, "language", "de")

    @property
    def teaser(self) -> str:
        return self.lead

    @property
    def publishers(self):
        return self.issue.publishers

    @property
    def topics(self):
        return self.issue.topics

    @property
    def funding_notice(self):
        return getattr(self.issue, "funding_notice", None)

    def author_credits(self) -> str:
        """ "Iris Wagner (iw), Jan Krüger (jk)" for the byline."""
        return ", ".join(
            f"{person.full_name} ({person.initials})" if person.initials else person.full_name
            for person in self.authors.all()
        )

    def author_initials(self) -> str:
        """ "(iw, jk)": the sign-off at the end of a printed article."""
        initials = [person.initials for person in self.authors.all() if person.initials]
        return f"({', '.join(initials)})" if initials else ""

    @property
    def print_opens_page(self) -> bool:
        """In the issue PDF the cover story and the interview start a page of their
        own; every other section follows the article before it."""
        return self.article_type in PRINT_OPENER_TYPES

    def _issue_name(self) -> str:
        issue = self.issue
        if issue is None or not (issue.issue_number and issue.year):
            return self.publication_type_label
        return f"{self.publication_type_label} {issue.issue_label}"

    def _same_title_siblings(self) -> list[str]:
        """The sections of the other articles of the issue whose title reads the same."""
        if not self.pk:
            return []
        words = [word.lower() for word in file_name_words(self.title)]
        others = MagazineArticlePage.objects.sibling_of(self, inclusive=False).values_list("title", "article_type")
        return [kind for title, kind in others if [word.lower() for word in file_name_words(title)] == words]

    def _title_distinction(self) -> tuple[str, ...]:
        """What tells this article from another of the issue with the same title: its
        section, and its page id where that is the same too."""
        clashes = self._same_title_siblings()
        if not clashes:
            return ()
        # German in every language: file names key the fast path and published links.
        with translation.override("de"):
            section = str(self.get_article_type_display())
        if self.article_type in clashes:
            return (section, str(self.pk))
        return (section,)

    def pdf_filename_stem(self) -> str:
        # "Aus dem Netzwerk" is in every issue: "IQ-konkret-1-2024-Aus-dem-Netzwerk".
        return file_name_stem(prefix=self._issue_name(), title=self.title, extra=self._title_distinction())

    def pdf_document_title(self) -> str:
        """ "Aus dem Netzwerk (Kurzmeldung, IQ konkret 1/2024)"; within one issue, two
        articles of one title and section are told apart by the start of their lead."""
        title = f"{self.title} ({self.get_article_type_display()}, {self._issue_name()})"
        if len(self._title_distinction()) > 1 and self.lead:
            lead = self.lead if len(self.lead) <= 60 else self.lead[:60].rsplit(" ", 1)[0] + " …"
            title += f": {lead}"
        return title

    def pdf_dependent_pages(self) -> list:
        # The issue PDF binds this article in; it must follow every (un)publish.
        return [self.issue] if self.issue is not None else []

    def pdf_file_name_dependents(self) -> list:
        # A sibling's name adds its section while its title reads like this one's
        # (``_title_distinction``); which titles did before a rename is not known here.
        return list(MagazineArticlePage.objects.sibling_of(self, inclusive=False).only("pk"))

    def siblings_around(self) -> tuple["MagazineArticlePage | None", "MagazineArticlePage | None"]:
        """The previous and next live article of the same issue, in tree order."""
        siblings = MagazineArticlePage.objects.sibling_of(self, inclusive=False).live().public()
        previous = siblings.filter(path__lt=self.path).order_by("-path").first()
        following = siblings.filter(path__gt=self.path).order_by("path").first()
        return previous, following

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["issue"] = self.issue
        context["previous_article"], context["next_article"] = self.siblings_around()
        return context

    def get_print_context(self, *, revision) -> dict:
        context = super().get_print_context(revision=revision)
        context["issue"] = self.issue
        # Fixed metadata from the revision, not the clock: same revision, same bytes.
        context["document_created"] = revision.created_at
        return context
