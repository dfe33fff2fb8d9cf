"""The listing page of one publication type, below the home page."""

from django.apps import apps
from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.query import PageQuerySet

from cms.feeds import PublicationFeed


class PublicationIndexPage(RoutablePageMixin, Page):
    """What the four listing pages share: an introduction and one query for
    what they list.

    Subclasses name the listed page type as ``publication_model`` (an
    ``"app_label.ModelName"`` string, so the index needs no import of its
    children's module) and their order as ``listing_order``.
    """

    intro = models.CharField("Einleitung", max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    max_count = 1

    publication_model: str = ""
    listing_order: tuple[str, ...] = ("-first_published_at", "title")

    class Meta:
        abstract = True

    def publications(self) -> PageQuerySet:
        """The live publications below this page that anyone may read, in listing order."""
        model = apps.get_model(self.publication_model)
        return model.objects.child_of(self).live().public().order_by(*self.listing_order)

    @path("feed/", name="feed")
    def feed_view(self, request):
        """The new publications of this type."""
        feed = PublicationFeed(
            page=self,
            title=f"IQ Publisher: {self.title}",
            subtitle=self.intro or f"Neue Publikationen: {self.title}",
            publications=self.publications(),
        )
        return feed(request)
