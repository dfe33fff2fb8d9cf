"""What the catalogue and the subproject directory share: a page editors place
once below the home page and introduce, which lists, filters and searches."""

from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

PER_PAGE_MIN, PER_PAGE_MAX = 5, 100


class FacetedListingPage(RoutablePageMixin, Page):
    intro = models.CharField("Einleitung", max_length=300, blank=True)
    per_page = models.PositiveSmallIntegerField(
        "Treffer pro Seite",
        default=20,
        help_text=f"Wie viele Treffer eine Ergebnisseite zeigt ({PER_PAGE_MIN} bis {PER_PAGE_MAX}).",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        if not PER_PAGE_MIN <= self.per_page <= PER_PAGE_MAX:
            raise ValidationError({"per_page": f"Bitte eine Zahl zwischen {PER_PAGE_MIN} und {PER_PAGE_MAX} angeben."})
