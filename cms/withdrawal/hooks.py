"""Admin wiring of withdrawals: the URL, the header action and the history
entry. Imported by ``cms/wagtail_hooks.py``, which Wagtail discovers."""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from cms.models import WithdrawableMixin

from . import admin_urls
from .permissions import user_may_withdraw
from .services import WITHDRAW_LOG_ACTION


@hooks.register("register_admin_urls")
def register_withdrawal_admin_urls():
    return [path("zurueckziehen/", include(admin_urls, namespace="cms_withdrawal"))]


@hooks.register("register_page_header_buttons")
def withdrawal_header_button(page, user, view_name, next_url=None):
    specific = page.specific_deferred
    if not isinstance(specific, WithdrawableMixin) or not page.live or specific.withdrawal_record() is not None:
        return
    if not user_may_withdraw(user=user, page=page):
        return
    yield PageMenuItem(
        "Zurückziehen",
        reverse("cms_withdrawal:withdraw", args=[page.pk]),
        icon_name="warning",
        priority=64,
        page=page,
    )


@hooks.register("register_log_actions")
def register_withdrawal_log_action(actions):
    @actions.register_action(WITHDRAW_LOG_ACTION)
    class WithdrawalFormatter(LogFormatter):
        label = "Zurückziehen"

        def format_message(self, log_entry):
            successor = (log_entry.data or {}).get("successor")
            if successor:
                return f"Zurückgezogen; Nachfolgerin: „{successor['title']}“"
            return "Zurückgezogen"

        def format_comment(self, log_entry):
            return (log_entry.data or {}).get("reason", "")
