from itertools import groupby
from operator import attrgetter

from django.db import models

from cms.models import PublicationIndexPage


class MagazineArchivePage(PublicationIndexPage):
    """The archive of IQ konkret: every issue, newest first, grouped by year."""

    # Longer than the other listings' introductions: the archive also introduces the magazine.
    intro = models.TextField("Einleitung", max_length=400, blank=True)

    publication_model = "magazine.MagazineIssuePage"
    listing_order = ("-year", "-issue_number")
    subpage_types = [publication_model]
    template = "magazine/magazine_archive_page.html"

    class Meta:
        verbose_name = "Archiv IQ konkret"
        verbose_name_plural = "Archive IQ konkret"

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        issues = self.publications().select_related("cover_image")
        context["issues_by_year"] = [(year, list(group)) for year, group in groupby(issues, key=attrgetter("year"))]
        return context
