"""The page's language editions in its chrome: ``<html lang>``, the hreflang
alternates in the head and the language switcher in the header."""

from django import template
from django.conf import settings
from django.utils.html import format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from cms.i18n.editions import active_language, home_in_language, other_languages, page_editions, page_language

register = template.Library()

#: A language named in the reader's own language, inside a sentence.
LANGUAGE_NAMES = {"de": _("Deutsch"), "en": _("Englisch")}


@register.filter
def language_name(code: str) -> str:
    """``{{ "en"|language_name }}``: the language named in the reader's language, for a sentence."""
    return str(LANGUAGE_NAMES.get(code, code))


@register.simple_tag(takes_context=True)
def page_language_code(context) -> str:
    """``{% page_language_code %}``: what ``<html lang>`` says; the active language without a page."""
    page = context.get("page")
    return page_language(page, request=context.get("request")) if isinstance(page, Page) else active_language()


@register.simple_tag(takes_context=True)
def edition_alternates(context) -> SafeString:
    """One ``<link rel="alternate" hreflang>`` per live edition, and x-default for
    the German one; nothing for a page that exists in one language only."""
    page = context.get("page")
    if not isinstance(page, Page) or not page.live:
        return SafeString("")
    editions = page_editions(page=page, request=context.get("request"))
    if len(editions) < 2:
        return SafeString("")
    request = context.get("request")
    links = [(code, edition.page.get_full_url(request)) for code, edition in editions.items()]
    if default := editions.get(_default_language()):
        links.append(("x-default", default.page.get_full_url(request)))
    return format_html_join("\n", '<link rel="alternate" hreflang="{}" href="{}">', links)


@register.inclusion_tag("cms/includes/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    page = context.get("page")
    request = context.get("request")
    editions = page_editions(page=page, request=request) if isinstance(page, Page) else {}
    offers = []
    for code in other_languages():
        edition = editions.get(code)
        home = (
            None
            if edition
            else home_in_language(request=request, language_code=code, page=page if isinstance(page, Page) else None)
        )
        offers.append(
            {
                "language_code": code,
                "autonym": edition.autonym if edition else "",
                "url": edition.page.get_url(request) if edition else "",
                "missing": isinstance(page, Page) and edition is None,
                "language_name": LANGUAGE_NAMES.get(code, code),
                "home_url": home.get_url(request) if home else "",
            }
        )
    return {"offers": offers}


def _default_language() -> str:
    return settings.LANGUAGE_CODE
