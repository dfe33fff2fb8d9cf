"""The report „Prüfzeiten“ in the admin: its URLs and its entry in „Berichte“."""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls
from .report_views import may_view_review_analytics


class ReviewAnalyticsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view_review_analytics(request.user)


@hooks.register("register_admin_urls")
def register_review_analytics_urls():
    return [path("berichte/pruefzeiten/", include(urls, namespace="workflows_analytics"))]


@hooks.register("register_reports_menu_item")
def register_review_analytics_menu_item():
    return ReviewAnalyticsMenuItem(
        "Prüfzeiten", reverse("workflows_analytics:report"), name="pruefzeiten", icon_name="time", order=1310
    )
