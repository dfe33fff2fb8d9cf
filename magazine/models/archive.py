from itertools import groupby
from operator import attrgetter

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class MagazineArchivePage(Page):
    """The archive of IQ konkret: every issue, newest first, grouped by year."""

    intro = models.TextField("Einleitung", max_length=400, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["magazine.MagazineIssuePage"]
    max_count = 1
    template = "magazine/magazine_archive_page.html"

    class Meta:
        verbose_name = "Archiv IQ konkret"
        verbose_name_plural = "Archive IQ konkret"

    def issues(self):
        from .issue import MagazineIssuePage

        return MagazineIssuePage.objects.child_of(self).live().public().order_by("-year", "-issue_number")

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        issues = self.issues().select_related("cover_image")
        context["issues_by_year"] = [(year, list(group)) for year, group in groupby(issues, key=attrgetter("year"))]
        return context
