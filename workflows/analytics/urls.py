from django.urls import path

from .report_views import ReviewAnalyticsView

app_name = "workflows_analytics"
urlpatterns = [
    path("", ReviewAnalyticsView.as_view(), name="report"),
    path("results/", ReviewAnalyticsView.as_view(results_only=True), name="report_results"),
]
