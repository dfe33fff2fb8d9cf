"""An English edition is complete and its German source is live ("Übersetzung vollständig").

Only for pages in a non-default locale that are wagtail-localize translations
(a ``Translation`` whose target is the page). A segment counts as translated when
the target locale has a ``StringTranslation`` of it without an error, as in
wagtail-localize's ``Translation.get_progress()``. A segment that is meant to
stay the same in English (a name, an abbreviation, a URL) is marked by entering
the German text as its translation: that is a translation like any other, so the
check counts only segments with no translation at all.

The German source must be live and not withdrawn: an English edition of a
German page that readers cannot see (or that was withdrawn) must not go online.
"""

from collections.abc import Iterator

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Exists, OuterRef
from django.utils.html import strip_tags

from wagtail.models import Page

from wagtail_localize.models import StringSegment, StringTranslation, Translation

from .content import field_label
from .registry import check_register
from .report import Finding

QUOTE_MAX = 80


@check_register(code="translation_complete", label="Übersetzung vollständig", required=True)
def check_translation_complete(context) -> Iterator[Finding]:
    page = context.page
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return
    translation = translation_of(page)
    if translation is None:
        return
    yield from _source_not_live(page)
    yield from _untranslated(page, translation)


def translation_of(instance) -> Translation | None:
    """The wagtail-localize translation whose target is ``instance`` (a page or a snippet), or None."""
    return (
        Translation.objects.filter(source__object_id=instance.translation_key, target_locale_id=instance.locale_id)
        .select_related("source")
        .first()
    )


def untranslated_segments(translation: Translation):
    """The string segments of ``translation``'s source with no translation (free of errors) into its
    target locale, in their order; the same count as ``Translation.get_progress()``."""
    return (
        StringSegment.objects.filter(source_id=translation.source_id)
        .annotate(
            is_translated=Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=translation.target_locale_id,
                    has_error=False,
                )
            )
        )
        .filter(is_translated=False)
        .select_related("string", "context")
        .order_by("order")
    )


def _source_not_live(page) -> Iterator[Finding]:
    source = Page.objects.filter(translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
    source = source.first()
    if source is None:
        yield Finding(
            message="Die deutsche Fassung ist nicht veröffentlicht: es gibt sie nicht mehr.",
            hint="Eine englische Fassung geht nur zusammen mit ihrer veröffentlichten deutschen Fassung online.",
        )
        return
    source = source.specific
    title = source.get_admin_display_title()
    if not source.live:
        yield Finding(
            message=f"Die deutsche Fassung ist nicht veröffentlicht: „{title}“ ist nicht online.",
            location=f"Deutsche Fassung „{title}“",
            hint="Bitte zuerst die deutsche Fassung über ihren Prüfablauf veröffentlichen, dann diese einreichen.",
        )
    elif _withdrawn(source):
        yield Finding(
            message=f"Die deutsche Fassung ist nicht veröffentlicht: „{title}“ wurde zurückgezogen.",
            location=f"Deutsche Fassung „{title}“",
            hint="Eine zurückgezogene Publikation bekommt keine neue englische Fassung.",
        )


def _withdrawn(page) -> bool:
    from cms.models import Withdrawal

    return Withdrawal.objects.filter(page_id=page.pk).exists()


def _untranslated(page, translation: Translation) -> Iterator[Finding]:
    yield from untranslated_findings(
        page,
        translation,
        message="Noch nicht übersetzt: „{text}“ (Feld: {field})",
        location="Übersetzung › {field}",
        hint="Bitte im Übersetzungseditor übersetzen. Bleibt der Text auf Englisch gleich (ein Name, eine "
        "Abkürzung), den deutschen Text unverändert als Übersetzung eintragen.",
    )


def untranslated_findings(
    instance, translation: Translation, *, message: str, location: str, hint: str
) -> Iterator[Finding]:
    """One finding per untranslated segment of ``instance`` (a page or a snippet); ``message`` and
    ``location`` may name the segment's German ``{text}`` and its ``{field}``."""
    for segment in untranslated_segments(translation):
        field = field_of(instance, segment.context.path)
        text = quote(segment.string.data)
        yield Finding(message=message.format(text=text, field=field), location=location.format(field=field), hint=hint)


def field_of(instance, path: str) -> str:
    """The German label of the field a segment belongs to ("Ausgangslage"), from its context path."""
    name = path.split(".", 1)[0]
    try:
        field = type(instance)._meta.get_field(name)
    except FieldDoesNotExist:
        return name
    label = field_label(field)
    # field_label says „Feld „…““; the finding names the bare field.
    return label.removeprefix("Feld „").removesuffix("“")


def quote(text: str) -> str:
    text = " ".join(strip_tags(text).split())
    return text if len(text) <= QUOTE_MAX else text[: QUOTE_MAX - 1].rstrip() + "…"
