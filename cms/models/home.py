from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from cms.feeds import PublicationFeed
from cms.selectors import publication_page_models, publications_latest


class HomePage(RoutablePageMixin, Page):
    intro = models.CharField("Einleitung", max_length=300, blank=True)
    body = RichTextField("Text", blank=True, features=["bold", "italic", "link", "ul", "h2", "h3"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "magazine.MagazineArchivePage",
        "factsheets.FactSheetIndexPage",
        "dossiers.DossierIndexPage",
        "goodpractice.GoodPracticeIndexPage",
        "cms.CataloguePage",
        "cms.SubprojectDirectoryPage",
        "cms.EasyLanguagePage",
        "cms.SignLanguagePage",
        "cms.ImprintPage",
        "cms.PrivacyPage",
        "cms.AccessibilityStatementPage",
    ]
    max_count = 1
    template = "cms/home_page.html"

    class Meta:
        verbose_name = "Startseite"

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["latest_publications"] = publications_latest(limit=6)
        return context

    @path("feed/", name="feed")
    def feed_view(self, request):
        """Every new publication, of every type."""
        publications = Page.objects.live().public().type(*publication_page_models()).specific()
        feed = PublicationFeed(
            page=self,
            title="IQ Publisher: neue Publikationen",
            subtitle="Neue Publikationen des Förderprogramms Integration durch Qualifizierung (IQ)",
            publications=publications,
        )
        return feed(request)
