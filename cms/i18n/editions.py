"""Which language editions of a page readers can reach.

An edition is a live, public translation of a page (Wagtail's translation_key
groups them). The head's hreflang alternates, the language switcher and the
sitemap all ask here, so they cannot disagree about what exists.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation

from wagtail.models import Page, Site


@dataclass(frozen=True)
class Edition:
    language_code: str
    #: The language's own name ("English", "Deutsch"), as LANGUAGES spells it.
    autonym: str
    page: Page


def language_autonyms() -> dict[str, str]:
    return dict(settings.LANGUAGES)


def page_language(page: Page, *, request: HttpRequest | None = None) -> str:
    """The language a page is written in: its locale's, except that a page in
    the German tree keeps its own ``language`` field (a publication that was
    only ever written in English, long before there were English editions)."""
    # A live page is among its own editions, whose locales are loaded anyway.
    editions = page_editions(page=page, request=request)
    own = next((code for code, edition in editions.items() if edition.page.pk == page.pk), None)
    code = own or page.locale.language_code
    if code != settings.LANGUAGE_CODE:
        return code
    return getattr(page, "language", "") or code


def page_editions(*, page: Page, request: HttpRequest | None) -> dict[str, Edition]:
    """Every live, public edition of ``page`` (itself included when it is one), by language code."""
    return _editions_and_homes(page=page, request=request)[0]


def home_in_language(*, request: HttpRequest | None, language_code: str, page: Page | None = None) -> Page | None:
    """The site's live home page in ``language_code``, or None when it has none."""
    return _editions_and_homes(page=page, request=request)[1].get(language_code)


def _editions_and_homes(
    *, page: Page | None, request: HttpRequest | None
) -> tuple[dict[str, Edition], dict[str, Page]]:
    """A page's editions and the site's home pages, in one query for the whole
    page: ``<html lang>``, the head and the header all ask."""
    holder = page if page is not None else request
    cached = getattr(holder, "_iq_editions_and_homes", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request) if request is not None else Site.objects.filter(is_default_site=True).first()
    root = site.root_page if site is not None else None
    autonyms = language_autonyms()
    keys = {item.translation_key for item in (page, root) if item is not None}
    # Aliases are not editions: wagtail-localize may create one for an untranslated
    # parent, showing the German text under the English locale.
    rows = list(
        Page.objects.filter(translation_key__in=keys, locale__language_code__in=autonyms, alias_of__isnull=True)
        .live()
        .select_related("locale")
    )
    # Readers see the page in hand and its language's home already; only the other
    # languages' pages are checked for view restrictions (a query of its own).
    others = [row.pk for row in rows if row.locale.language_code != active_language()]
    if others:
        restricted = set(Page.objects.filter(pk__in=others).not_public().values_list("pk", flat=True))
        rows = [row for row in rows if row.pk not in restricted]
    editions: dict[str, Edition] = {}
    homes: dict[str, Page] = {}
    for row in rows:
        code = row.locale.language_code
        if page is not None and row.translation_key == page.translation_key:
            editions[code] = Edition(code, autonyms[code], row)
        if root is not None and row.translation_key == root.translation_key:
            homes[code] = row
    if holder is not None:
        holder._iq_editions_and_homes = (editions, homes)
    return editions, homes


def active_language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


def other_languages() -> list[str]:
    active = active_language()
    return [code for code in language_autonyms() if code != active]
