"""English translations for tests, made as wagtail-localize makes them:
``copy_for_translation`` into the English locale, then published past the
workflow (tests/publishing.py). The admin's own path: test_admin_translation.py."""

from wagtail.models import Locale

from tests.publishing import publish


def english() -> Locale:
    return Locale.objects.get(language_code="en")


def translate(page, *, capture, **changes):
    """The live English translation of ``page``; its parent must be translated already."""
    translation = page.specific.copy_for_translation(english())
    return publish(translation.specific, capture=capture, **changes)


def translate_with_ancestors(page, *, capture, **changes):
    """``page`` translated with every ancestor below the root that is not yet."""
    for ancestor in page.get_ancestors().filter(depth__gt=1):
        if ancestor.get_translation_or_none(english()) is None:
            translate(ancestor, capture=capture, title=f"{ancestor.title} (EN)")
    return translate(page, capture=capture, **changes)
