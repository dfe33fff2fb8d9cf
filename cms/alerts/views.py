"""The reader's pages: setting up an alert, confirming it, unsubscribing.

None is cached (``never_cache``): each answers one reader's link. Every bad
link gets a page with a way on, never a 500. The pages are in the language of
their URL (``/benachrichtigungen/…``, ``/en/benachrichtigungen/…``), and so are
the mails of a subscription made there.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from cms.i18n.editions import active_language
from cms.models.alert import ALERT_FILTER_MAX_LENGTH, AlertFrequency, AlertSubscription
from cms.selectors import footer_pages

from .filters import alert_filter_describe, alert_filter_from_params
from .forms import AlertForm
from .links import catalogue_url, subscribe_url
from .rate_limit import alert_request_allowed
from .services import AlertMailFailed, alert_confirm, alert_email_normalise, alert_request_send, alert_unsubscribe
from .tokens import CONFIRMATION_MAX_AGE, AlertRequest, LinkExpired, LinkInvalid, confirmation_read, unsubscribe_find
from .wording import frequency_name

TEMPLATE_DIR = "cms/alerts/"


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def alert_subscribe(request: HttpRequest) -> HttpResponse:
    filter_querystring, notes = alert_filter_from_params(params=request.GET)
    context = {**_filter_context(filter_querystring), "notes": notes}
    if len(filter_querystring) > ALERT_FILTER_MAX_LENGTH:
        return render(request, f"{TEMPLATE_DIR}filter_too_long.html", context, status=400)
    form = AlertForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        email = alert_email_normalise(form.cleaned_data["email"])
        if not alert_request_allowed(email=email, request=request):
            return render(request, f"{TEMPLATE_DIR}limited.html", context, status=429)
        alert = AlertRequest(
            email=email,
            filter_querystring=filter_querystring,
            frequency=form.cleaned_data["frequency"],
            language=active_language(),
        )
        try:
            alert_request_send(request=alert)
        except AlertMailFailed:
            return render(request, f"{TEMPLATE_DIR}mail_failed.html", context, status=503)
        # The same answer whether or not the address has this alert already.
        context["valid_days"] = CONFIRMATION_MAX_AGE.days
        return render(request, f"{TEMPLATE_DIR}sent.html", context)
    context.update({"form": form, "privacy_page": footer_pages()["privacy"]})
    return render(request, f"{TEMPLATE_DIR}subscribe.html", context, status=400 if form.errors else 200)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def alert_confirm_view(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what is confirmed and a button; POST stores it. Mail scanners
    that open every link in a mail thus subscribe nobody."""
    try:
        alert = confirmation_read(token=token)
    except LinkExpired as expired:
        return _link_problem(request, expired=True, filter_querystring=expired.filter_querystring)
    except LinkInvalid:
        return _link_problem(request, expired=False, filter_querystring="")
    context = {
        **_filter_context(alert.filter_querystring),
        "email": alert.email,
        **_frequency_context(alert.frequency),
    }
    if request.method != "POST":
        existing = AlertSubscription.objects.filter(
            email__iexact=alert.email, filter_querystring=alert.filter_querystring, frequency=alert.frequency
        ).exists()
        template = "already_confirmed.html" if existing else "confirm.html"
        return render(request, f"{TEMPLATE_DIR}{template}", context)
    subscription, outcome = alert_confirm(request=alert)
    context["outcome"] = outcome.value
    context.update(_frequency_context(subscription.frequency))
    template = "already_confirmed.html" if outcome.value == "already" else "confirmed.html"
    return render(request, f"{TEMPLATE_DIR}{template}", context)


@never_cache
@csrf_exempt  # RFC 8058: mail clients POST the one-click unsubscribe without our form.
@require_http_methods(["GET", "HEAD", "POST"])
def alert_unsubscribe_view(request: HttpRequest, token: str) -> HttpResponse:
    subscription = unsubscribe_find(token=token)
    neutral = {"catalogue_url": catalogue_url(filter_querystring="")}
    if request.method == "POST":
        if subscription is not None:
            alert_unsubscribe(subscription=subscription)
        # The same for an unknown link: unsubscribing twice is still unsubscribed.
        return render(request, f"{TEMPLATE_DIR}unsubscribed.html", neutral)
    if subscription is None:
        return render(request, f"{TEMPLATE_DIR}unsubscribe_unknown.html", neutral)
    context = {
        **_filter_context(subscription.filter_querystring),
        "email": subscription.email,
        **_frequency_context(subscription.frequency),
    }
    return render(request, f"{TEMPLATE_DIR}unsubscribe.html", context)


def _frequency_context(frequency: str) -> dict:
    # The templates choose their sentence by ``immediate``: the name is translated.
    return {"frequency": frequency_name(frequency), "immediate": frequency == AlertFrequency.IMMEDIATE}


def _filter_context(filter_querystring: str) -> dict:
    return {
        "filter_querystring": filter_querystring,
        "filter_description": alert_filter_describe(filter_querystring=filter_querystring),
        "catalogue_url": catalogue_url(filter_querystring=filter_querystring),
    }


def _link_problem(request: HttpRequest, *, expired: bool, filter_querystring: str) -> HttpResponse:
    context = {
        "expired": expired,
        "valid_days": CONFIRMATION_MAX_AGE.days,
        "subscribe_url": subscribe_url(filter_querystring=filter_querystring),
        "catalogue_url": catalogue_url(filter_querystring=filter_querystring),
    }
    return render(request, f"{TEMPLATE_DIR}link_problem.html", context, status=410 if expired else 400)
