"""``/benachrichtigungen/…`` and ``/en/benachrichtigungen/…``: the reader's alert
pages (mounted in ``cms/urls.py`` per language)."""

from django.urls import path

from .views import alert_confirm_view, alert_subscribe, alert_unsubscribe_view

app_name = "alerts"

urlpatterns = [
    path("einrichten/", alert_subscribe, name="subscribe"),
    path("bestaetigen/<str:token>/", alert_confirm_view, name="confirm"),
    path("abmelden/<str:token>/", alert_unsubscribe_view, name="unsubscribe"),
]
