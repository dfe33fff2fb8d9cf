"""Admin view: withdraw a live publication with a reason.

A refused person gets a 403 page that says why, in German: Wagtail's admin
turns a ``PermissionDenied`` into a redirect with its generic message.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from wagtail.admin import messages
from wagtail.models import Page

from .forms import WithdrawalForm
from .permissions import NOT_ALLOWED, user_may_withdraw
from .services import WithdrawalRefused, page_withdraw, withdrawal_refusal

TITLE = "Zurückziehen"


@require_http_methods(["GET", "POST"])
def withdraw_view(request: HttpRequest, page_id: int) -> HttpResponse:
    page = get_object_or_404(Page, pk=page_id).specific
    title = f"{TITLE}: {page.get_admin_display_title()}"
    if not user_may_withdraw(user=request.user, page=page):
        return TemplateResponse(
            request,
            "cms/admin/action_denied.html",
            {"page": page, "message": NOT_ALLOWED, "header_title": title, "page_title": title},
            status=403,
        )
    if refusal := withdrawal_refusal(page=page):
        messages.error(request, refusal)
        return redirect("wagtailadmin_pages:edit", page.pk)

    form = WithdrawalForm(request.POST or None, page=page)
    if request.method == "POST":
        if form.is_valid():
            try:
                page_withdraw(
                    page=page,
                    user=request.user,
                    reason=form.cleaned_data["reason"],
                    successor=form.cleaned_data["successor"],
                )
            except WithdrawalRefused as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    f"„{page.get_admin_display_title()}“ ist zurückgezogen. Die Seite bleibt unter ihrer Adresse mit "
                    "dem Hinweis erreichbar; das PDF mit Rückzugshinweis wird erstellt, das ursprüngliche bleibt "
                    "im PDF-Archiv.",
                )
                return redirect("wagtailadmin_pages:edit", page.pk)
        messages.error(request, "Nicht zurückgezogen: Bitte korrigieren Sie die markierten Angaben.")
    return TemplateResponse(
        request,
        "cms/withdrawal/withdraw.html",
        {"page": page, "form": form, "media": form.media, "header_title": title, "page_title": title},
        status=200,
    )
