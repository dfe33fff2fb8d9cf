"""Admin wiring of the lockout list: its URL and its entry under Einstellungen.
Imported by ``cms/wagtail_hooks.py``, which Wagtail discovers."""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .admin_views import TITLE, user_may_unlock


class LockedLoginsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_may_unlock(request.user)


@hooks.register("register_admin_urls")
def register_login_lockout_admin_urls():
    return [path("gesperrte-anmeldungen/", include(admin_urls, namespace="login_lockout"))]


@hooks.register("register_settings_menu_item")
def register_login_lockout_menu_item():
    return LockedLoginsMenuItem(
        TITLE, reverse("login_lockout:list"), name="gesperrte-anmeldungen", icon_name="lock", order=900
    )
