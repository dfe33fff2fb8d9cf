"""Dashboard panel „Meine Prüfungen“: what waits for the logged-in reviewer."""

from django.utils import timezone

from wagtail.admin.ui.components import Component

from .durations import since_label
from .selectors import ReviewItem, reviews_waiting_for, user_is_reviewer


class MyReviewsPanel(Component):
    name = "my_reviews"
    template_name = "workflows/panels/my_reviews.html"
    order = 50  # a reviewer's work comes first, above every other panel

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        items: list[ReviewItem] = reviews_waiting_for(user=user)
        now = timezone.now()
        context["rows"] = [(item, since_label(since=item.started_at, now=now)) for item in items]
        # People who never review (editors, administrators) are spared an empty panel.
        context["show"] = bool(items) or user_is_reviewer(user=user)
        return context
