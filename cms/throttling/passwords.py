"""Wagtail's password forms of pages and documents, throttled.

Mounted over Wagtail's own paths (``urls.py``), so the forms Wagtail renders
post here. A wrong password counts: Wagtail answers it with the form again and
a right one with a redirect. While a lock holds, the password is not compared
at all, so guessing on gains nothing, and the form comes back with the German
refusal and status 429.
"""

from collections.abc import Callable
from functools import partial

from django.conf import settings
from django.forms.utils import ErrorDict
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse

from wagtail import views as page_views
from wagtail.documents.views import serve as document_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import BaseViewRestriction, CollectionViewRestriction, Page, PageViewRestriction

from .client import client_address
from .counter import Lock, throttle_count, throttle_lock
from .kinds import VIEW_PASSWORD

TOO_MANY_REQUESTS = 429


class RefusedPasswordForm(PasswordViewRestrictionForm):
    """Wagtail's password form with the refusal as its only error; the password is never compared."""

    def __init__(self, data: QueryDict, *, instance: BaseViewRestriction, refusal: str):
        # Bound, so that the error shows; the typed password is not sent back.
        super().__init__({"return_url": data.get("return_url", "")}, instance=instance)
        self.refusal = refusal

    def full_clean(self):
        self._errors = ErrorDict()
        self.cleaned_data = {}
        self.add_error(None, self.refusal)


def page_password(request: HttpRequest, page_view_restriction_id: int, page_id: int) -> HttpResponse:
    def refuse(lock: Lock) -> HttpResponse:
        restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
        page = get_object_or_404(Page, id=page_id).specific
        form = RefusedPasswordForm(request.POST, instance=restriction, refusal=lock.message)
        action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
        return page.serve_password_required_response(request, form, action_url)

    return _throttled(
        request,
        target=f"page-restriction-{page_view_restriction_id}",
        check=partial(page_views.authenticate_with_password, request, page_view_restriction_id, page_id),
        refuse=refuse,
    )


def document_password(request: HttpRequest, restriction_id: int) -> HttpResponse:
    def refuse(lock: Lock) -> HttpResponse:
        restriction = get_object_or_404(CollectionViewRestriction, id=restriction_id)
        form = RefusedPasswordForm(request.POST, instance=restriction, refusal=lock.message)
        action_url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.id])
        template = getattr(settings, "WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE", "wagtaildocs/password_required.html")
        return TemplateResponse(request, template, {"form": form, "action_url": action_url})

    return _throttled(
        request,
        target=f"collection-restriction-{restriction_id}",
        check=partial(document_views.authenticate_with_password, request, restriction_id),
        refuse=refuse,
    )


def _throttled(
    request: HttpRequest,
    *,
    target: str,
    check: Callable[[], HttpResponse],
    refuse: Callable[[Lock], HttpResponse],
) -> HttpResponse:
    if request.method != "POST":
        return check()
    address = client_address(request)
    lock = throttle_lock(kind=VIEW_PASSWORD, address=address, target=target)
    if lock is None:
        response = check()
        if response.status_code in (301, 302, 303):
            return response
        # The attempt that reaches a limit is refused already, as the admin login's is.
        lock = throttle_count(kind=VIEW_PASSWORD, address=address, target=target)
        if lock is None:
            return response
    response = refuse(lock)
    response.status_code = TOO_MANY_REQUESTS
    return response
