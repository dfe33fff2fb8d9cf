"""The "Zurückgezogen" mark in listings."""

from django import template

from cms.models import Withdrawal

register = template.Library()


@register.inclusion_tag("cms/includes/withdrawn_mark.html", takes_context=True)
def withdrawn_mark(context, page) -> dict:
    return {"withdrawn_at": _withdrawal_dates(context).get(page.pk)}


def _withdrawal_dates(context) -> dict:
    """When each withdrawn page was withdrawn, read once per request however
    many cards a listing shows: withdrawals are few, listings are many."""
    request = context.get("request")
    dates = getattr(request, "_iq_withdrawal_dates", None)
    if dates is None:
        dates = dict(Withdrawal.objects.values_list("page_id", "withdrawn_at"))
        if request is not None:
            request._iq_withdrawal_dates = dates
    return dates
