from django.urls import path

from .report_views import DownloadsReportView, PublicationDownloadsView

app_name = "pdfexport_downloads"
urlpatterns = [
    path("", DownloadsReportView.as_view(), name="report"),
    path("results/", DownloadsReportView.as_view(results_only=True), name="report_results"),
    path("<int:page_id>/", PublicationDownloadsView.as_view(), name="publication"),
    path("<int:page_id>/results/", PublicationDownloadsView.as_view(results_only=True), name="publication_results"),
]
