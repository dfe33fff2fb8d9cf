"""The language a publication's PDF is set in: its labels, dates and hyphenation.

A PDF speaks the language of its page's locale: an English edition gets English
running heads, labels and dates (the print templates translate their fixed
texts with ``{% translate %}``), and ``<html lang>``, from which WeasyPrint
writes the PDF's ``/Lang`` and picks the hyphenation dictionary. English is
printed as en-GB, the English of the programme's international pages, so that
the PDF says which English and pyphen uses its British patterns.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.utils import translation

#: Language code of a locale → the tag ``<html lang>`` carries in print.
PRINT_LANGUAGE_TAGS = {"de": "de", "en": "en-GB"}


def print_language(*, page) -> str:
    """The language code (``de``, ``en``) of ``page``'s locale; German without one."""
    locale = getattr(page, "locale", None) if getattr(page, "locale_id", None) else None
    return locale.language_code.split("-")[0] if locale is not None else "de"


def print_language_tag(*, page) -> str:
    """The tag for ``<html lang>``: an English edition's, else the page's own ``language`` field."""
    language = print_language(page=page)
    if language != "de":
        return PRINT_LANGUAGE_TAGS.get(language, language)
    return getattr(page, "language", "") or "de"


@contextmanager
def print_language_active(*, page) -> Iterator[str]:
    """Render inside: fixed texts, dates and numbers come out in ``page``'s language."""
    language = print_language(page=page)
    with translation.override(language):
        yield language
