from django.urls import path

from .admin_views import locked_logins, unlock

app_name = "login_lockout"
urlpatterns = [
    path("", locked_logins, name="list"),
    path("entsperren/", unlock, name="unlock"),
]
