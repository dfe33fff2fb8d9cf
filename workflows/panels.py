"""Dashboard panel „Meine Prüfungen“: what waits for the logged-in reviewer."""

import datetime

from django.utils import timezone

from wagtail.admin.ui.components import Component

from .selectors import ReviewItem, reviews_waiting_for, user_is_reviewer


def waiting_label(*, since: datetime.datetime, now: datetime.datetime) -> str:
    """„seit 3 Tagen“: Django's ``timesince`` says „3 Tage“, which does not
    fit after „seit“ (dative)."""
    seconds = max(int((now - since).total_seconds()), 0)
    days, hours, minutes = seconds // 86400, seconds // 3600, seconds // 60
    if days:
        return "seit einem Tag" if days == 1 else f"seit {days} Tagen"
    if hours:
        return "seit einer Stunde" if hours == 1 else f"seit {hours} Stunden"
    if minutes:
        return "seit einer Minute" if minutes == 1 else f"seit {minutes} Minuten"
    return "seit weniger als einer Minute"


class MyReviewsPanel(Component):
    name = "my_reviews"
    template_name = "workflows/panels/my_reviews.html"
    order = 50  # a reviewer's work comes first, above every other panel

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        items: list[ReviewItem] = reviews_waiting_for(user=user)
        now = timezone.now()
        context["rows"] = [(item, waiting_label(since=item.started_at, now=now)) for item in items]
        # People who never review (editors, administrators) are spared an empty panel.
        context["show"] = bool(items) or user_is_reviewer(user=user)
        return context
