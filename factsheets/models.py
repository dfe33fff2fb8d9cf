from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms.models import BasePublicationPage, PublicationIndexPage

from .blocks import FACT_SHEET_BODY_BLOCKS, KeyFigureBlock


class FactSheetIndexPage(PublicationIndexPage):
    publication_model = "factsheets.FactSheetPage"
    listing_order = ("-publication_date", "title")
    subpage_types = [publication_model]
    template = "factsheets/fact_sheet_index_page.html"

    class Meta:
        verbose_name = "Übersicht Fact Sheets"

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["fact_sheets"] = self.publications()
        return context


class FactSheetPage(BasePublicationPage):
    key_figures = StreamField(
        [("key_figure", KeyFigureBlock())],
        verbose_name="Kennzahlen",
        min_num=1,
        help_text="Jede Kennzahl mit Quelle und Stand.",
    )
    body = StreamField(FACT_SHEET_BODY_BLOCKS, verbose_name="Text", blank=True)
    methodology_note = RichTextField("Hinweise zur Methodik", blank=True, features=["bold", "italic", "link"])
    sources = RichTextField("Quellen", blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = BasePublicationPage.content_panels + [
        FieldPanel("key_figures"),
        FieldPanel("body"),
        FieldPanel("methodology_note"),
        FieldPanel("sources"),
    ]
    search_fields = BasePublicationPage.search_fields + [index.SearchField("key_figures"), index.SearchField("body")]

    parent_page_types = ["factsheets.FactSheetIndexPage"]
    subpage_types: list[str] = []
    template = "factsheets/fact_sheet_page.html"
    publication_type_label = "IQ Fact Sheet"
    schema_org_type = "Report"

    class Meta:
        verbose_name = "IQ Fact Sheet"
        verbose_name_plural = "IQ Fact Sheets"
