"""The IQ Good Practice listing, filterable by action area and federal state."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from ..forms import GoodPracticeFilterForm


class GoodPracticeIndexPage(Page):
    intro = models.CharField("Einleitung", max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["goodpractice.GoodPracticePage"]
    max_count = 1
    template = "goodpractice/good_practice_index_page.html"

    class Meta:
        verbose_name = "Übersicht IQ Good Practice"

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        from ..selectors import good_practice_filter_options, good_practices_filtered, good_practices_live

        sheets = good_practices_live(index=self)
        action_areas, bundeslaender = good_practice_filter_options(sheets=sheets)
        form = GoodPracticeFilterForm(request.GET or None, action_areas=action_areas, bundeslaender=bundeslaender)
        selected = form.selected()
        context["filter_form"] = form
        context["is_filtered"] = any(selected.values())
        context["good_practices"] = good_practices_filtered(sheets=sheets, **selected)
        return context
