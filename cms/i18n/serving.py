"""Serving a page under a language prefix, and the 404 for one not translated.

Wagtail routes ``/en/…`` through the English translation of the site's root
page, but falls back to the German root when there is none, and would then
serve a German page under an English URL. A page is only served in the
language of its own locale; otherwise the reader gets the 404 page with a link
to the German edition, found by resolving the same path in the German tree.
"""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation

from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

#: Set on the request for the 404 template (templates/404.html).
MISSING_TRANSLATION_ATTRIBUTE = "iq_missing_translation_of"


def serve(request: HttpRequest, path: str) -> HttpResponse:
    language = translation.get_language()
    if language == settings.LANGUAGE_CODE:
        return wagtail_serve(request, path)
    route = Page.route_for_request(request, path)
    if route is None or not _is_edition_in(route[0], language=language):
        german = _default_language_page(request=request, path=path)
        if german is None:
            raise Http404("Diese Seite gibt es nicht in dieser Sprache.")
        # Rendered here, not left to the 404 handler: with DEBUG (``make run``) Django
        # would show its technical page instead, without the link to the German edition.
        setattr(request, MISSING_TRANSLATION_ATTRIBUTE, german)
        return render(request, "404.html", {"request_path": request.path}, status=404)
    return wagtail_serve(request, path)


def _is_edition_in(page: Page, *, language: str) -> bool:
    """Whether ``page`` is written in ``language``: in its locale, and no alias of a
    page in another one (wagtail-localize aliases untranslated parents, German text)."""
    if page.locale.language_code != language:
        return False
    return page.alias_of_id is None or page.alias_of.locale_id == page.locale_id


def _default_language_page(*, request: HttpRequest, path: str) -> Page | None:
    """The live page at ``path`` in the site's own (German) tree, if any."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    try:
        page, _args, _kwargs = site.root_page.specific.route(request, components)
    except Http404:
        return None
    if page.get_view_restrictions().exists():
        # Not even its existence is told to someone who may not see it.
        return None
    return page
