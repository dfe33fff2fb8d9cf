"""The IQ Good Practice listing, filterable by action area and federal state."""

from cms.models import PublicationIndexPage

from ..forms import GoodPracticeFilterForm
from ..selectors import action_area_names, good_practice_filter_options, good_practices_filtered


class GoodPracticeIndexPage(PublicationIndexPage):
    publication_model = "goodpractice.GoodPracticePage"
    subpage_types = [publication_model]
    template = "goodpractice/good_practice_index_page.html"

    class Meta:
        verbose_name = "Übersicht IQ Good Practice"

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        sheets = self.publications()
        action_areas, bundeslaender = good_practice_filter_options(sheets=sheets)
        form = GoodPracticeFilterForm(
            request.GET or None,
            action_areas=action_areas,
            action_area_names=action_area_names(action_areas=action_areas, locale=self.locale),
            bundeslaender=bundeslaender,
        )
        selected = form.selected()
        context["filter_form"] = form
        context["is_filtered"] = any(selected.values())
        context["good_practices"] = good_practices_filtered(sheets=sheets, locale=self.locale, **selected)
        return context
