from django.urls import path

from . import admin_views

app_name = "workflows_admin"
urlpatterns = [
    path("<int:page_id>/pruefbericht/", admin_views.check_report, name="check_report"),
]
