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


def submit_for_translation(client, user, page, *, capture):
    """``page`` submitted for translation into English in the admin ("Übersetzen"), as wagtail-localize
    does it: the English draft and its ``Translation``. Returns both."""
    from django.urls import reverse

    from wagtail_localize.models import Translation

    client.force_login(user)
    with capture(execute=True):
        client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [english().pk]})
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=english())
    return page.get_translation(english()).specific, translation


def translate_segments(translation, *, changes=None, leave_out=()):
    """The segments of ``translation`` translated in its translation memory, as the translation
    editor saves them: ``changes`` by German text, those in ``leave_out`` (German text) not at all,
    the rest marked as intentionally the same (the German text entered as translation)."""
    from wagtail_localize.models import StringSegment, StringTranslation

    changes = changes or {}
    segments = StringSegment.objects.filter(source=translation.source).select_related("string", "context")
    for segment in segments:
        if segment.string.data in leave_out:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": changes.get(segment.string.data, segment.string.data)},
        )
