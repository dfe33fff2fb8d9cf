"""The throttled forms over Wagtail's own paths; ``cms/urls.py`` includes these
first, so they answer before Wagtail's patterns for the same paths. The names
stay Wagtail's, which reverses to these very paths
(``tests/security/test_throttling.py`` holds that they resolve here)."""

from django.urls import path

from .password_reset import ThrottledPasswordResetView
from .passwords import document_password, page_password

urlpatterns = [
    path("_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/", page_password),
    path("documents/authenticate_with_password/<int:restriction_id>/", document_password),
    path("admin/password_reset/", ThrottledPasswordResetView.as_view()),
]
