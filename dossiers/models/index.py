from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class DossierIndexPage(Page):
    intro = models.CharField("Einleitung", max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["dossiers.DossierPage"]
    max_count = 1
    template = "dossiers/dossier_index_page.html"

    class Meta:
        verbose_name = "Übersicht Themendossiers"

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        from .dossier import DossierPage

        dossiers = list(
            DossierPage.objects.child_of(self)
            .live()
            .public()
            .select_related("fachstelle", "supersedes")
            .order_by("-data_as_of", "title")
        )
        # An edition is current unless a live newer edition replaces it.
        replaced = {dossier.supersedes_id for dossier in dossiers if dossier.supersedes_id}
        context["dossiers"] = [dossier for dossier in dossiers if dossier.pk not in replaced]
        context["earlier_editions"] = [dossier for dossier in dossiers if dossier.pk in replaced]
        return context
