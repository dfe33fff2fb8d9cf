from django.urls import path

from . import admin_views

app_name = "pdfexport_admin"
urlpatterns = [
    path("<int:page_id>/vorschau/", admin_views.proof_status, name="proof"),
    path("<int:page_id>/vorschau/<int:revision_id>/pdf/", admin_views.proof_download, name="proof_download"),
    path("<int:page_id>/archiv/", admin_views.archive, name="archive"),
    path("<int:page_id>/archiv/<int:pdf_id>/pdf/", admin_views.archive_download, name="archive_download"),
]
