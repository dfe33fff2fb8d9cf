"""Which language editions of a page readers can reach.

An edition is a live, public translation of a page (Wagtail's translation_key
groups them). The head's hreflang alternates, the language switcher and the
sitemap all ask here, so they cannot disagree about what exists.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation

from wagtail.models import Locale, Page, Site


@dataclass(frozen=True)
class Edition:
    language_code: str
    #: The language's own name ("English", "Deutsch"), as LANGUAGES spells it.
    autonym: str
    page: Page


def language_autonyms() -> dict[str, str]:
    return dict(settings.LANGUAGES)


def page_language(page: Page) -> str:
    """The language a page is written in: its locale's, except that a page in
    the German tree keeps its own ``language`` field (a publication that was
    only ever written in English, long before there were English editions)."""
    code = page.locale.language_code
    if code != settings.LANGUAGE_CODE:
        return code
    return getattr(page, "language", "") or code


def page_editions(*, page: Page) -> dict[str, Edition]:
    """Every live, public edition of ``page`` (itself included when it is one), by language code."""
    cached = getattr(page, "_iq_editions", None)
    if cached is not None:
        return cached
    autonyms = language_autonyms()
    translations = (
        Page.objects.filter(translation_key=page.translation_key, locale__language_code__in=autonyms)
        .live()
        .public()
        .select_related("locale")
    )
    editions = {
        item.locale.language_code: Edition(item.locale.language_code, autonyms[item.locale.language_code], item)
        for item in translations
    }
    page._iq_editions = editions
    return editions


def home_in_language(*, request: HttpRequest | None, language_code: str) -> Page | None:
    """The site's live home page in ``language_code``, or None when it has none."""
    site = Site.find_for_request(request) if request is not None else Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    root = site.root_page
    if root.locale.language_code == language_code:
        return root if root.live else None
    locale = Locale.objects.filter(language_code=language_code).first()
    translated = root.get_translation_or_none(locale) if locale else None
    return translated if translated is not None and translated.live else None


def active_language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


def other_languages() -> list[str]:
    active = active_language()
    return [code for code in language_autonyms() if code != active]
