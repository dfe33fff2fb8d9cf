"""Einstellungen › Gesperrte Anmeldungen: the failed logins of the cool-off and
a button per account and per address to lift the lockout. Superusers only:
lifting a lockout lets guessing go on."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_POST

from .limits import login_cooloff, login_limit
from .selectors import login_failures_recent
from .services import login_lockout_reset

TITLE = "Gesperrte Anmeldungen"


def user_may_unlock(user) -> bool:
    return user.is_active and user.is_superuser


def locked_logins(request: HttpRequest) -> HttpResponse:
    _require_superuser(request)
    response = TemplateResponse(
        request,
        "cms/login_lockout/list.html",
        {
            "rows": login_failures_recent(),
            "cooloff_minutes": int(login_cooloff().total_seconds() // 60),
            "limit_account_at_address": login_limit(["username", "ip_address"]),
            "limit_address": login_limit("ip_address"),
            "limit_account": login_limit("username"),
            "header_title": TITLE,
            "page_title": TITLE,
            "header_icon": "lock",
        },
    )
    patch_cache_control(response, no_store=True)
    return response


@require_POST
def unlock(request: HttpRequest) -> HttpResponse:
    _require_superuser(request)
    username = request.POST.get("username", "").strip()
    ip_address = request.POST.get("ip_address", "").strip()
    if not username and not ip_address:
        messages.error(request, "Bitte wählen Sie ein Konto oder eine Adresse.")
        return redirect("login_lockout:list")
    count = login_lockout_reset(actor=request.user, username=username, ip_address=ip_address)
    who = f"Das Konto „{username}“" if username else f"Die Adresse {ip_address}"
    if count:
        messages.success(request, f"{who} ist entsperrt: {count} Fehlversuch(e) vergessen.")
    else:
        messages.info(request, f"{who} hatte keine gespeicherten Fehlversuche mehr.")
    return redirect("login_lockout:list")


def _require_superuser(request: HttpRequest) -> None:
    if not user_may_unlock(request.user):
        raise PermissionDenied("Nur Superuser sehen und entsperren gesperrte Anmeldungen.")
