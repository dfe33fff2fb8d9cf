from django.urls import path

from . import admin_views, force_publish_views, translation_submit
from .deadlines import views as deadline_views

app_name = "workflows_admin"
urlpatterns = [
    path("<int:page_id>/pruefbericht/", admin_views.check_report, name="check_report"),
    path(
        "<int:page_id>/ohne-vollstaendige-pruefung-veroeffentlichen/",
        force_publish_views.force_publish_view,
        name="force_publish",
    ),
    path(
        "<int:page_id>/uebersetzung-einreichen/",
        translation_submit.translation_submit_view,
        name="translation_submit",
    ),
    path("<int:page_id>/freigabe-bis/", deadline_views.release_by_view, name="release_by"),
    path(
        "ohne-vollstaendige-pruefung/<int:record_id>/nachtraeglich-freigeben/",
        force_publish_views.retro_approve_view,
        name="retro_approve",
    ),
]
