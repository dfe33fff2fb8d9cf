"""An English edition made as wagtail-localize makes one in the admin: a
``TranslationSource`` of the German object, a ``Translation`` into English and
a ``StringTranslation`` per segment, so translators can later sync the German
changes and edit the segments in wagtail-localize's editor.

Idempotent: the translation is saved (and a page published) only when the
English edition is missing or not live, when the German content or a
translated string changed. The German page's publishing state (its revisions,
publication dates) is no content: republishing the German page unchanged
leaves the English one alone.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder

from wagtail.models import Locale, Page

from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from workflows.publish_guard import publishing_authorised

# Keys of a page's serialised content that record its place and publishing state, not its content.
_NOT_CONTENT = frozenset(
    {
        "pk",
        "path",
        "depth",
        "numchild",
        "url_path",
        "draft_title",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "latest_revision",
        "latest_revision_created_at",
        "live_revision",
        "locked",
        "locked_at",
        "locked_by",
        "expired",
        "owner",
        "wagtail_admin_comments",
    }
)


def english() -> Locale:
    return Locale.objects.get(language_code="en")


def translation_ensure(original, *, strings: dict[str, str]) -> tuple[object, bool]:
    """The English edition of ``original``, its segments translated by ``strings``
    (German segment text → English); returns ``(edition, saved)``.

    A page is published past the workflows' publish guard, as the demo publishes
    its German pages (``demo.context.page_ensure``): demo publications stand for
    reviewed ones. Its parent must have an English edition already.
    """
    if isinstance(original, Page):
        original = original.specific
    locale = english()
    source = TranslationSource.objects.filter(object_id=original.translation_key, locale_id=original.locale_id).first()
    changed = source is None or _content(source.content_json) != _content(_serialised(original))
    if changed:
        source, _ = TranslationSource.update_or_create_from_instance(original)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    changed |= created
    changed |= _strings_ensure(source=source, locale=locale, strings=strings)
    edition = original.get_translation_or_none(locale)
    if isinstance(original, Page):
        changed |= edition is None or not edition.live or edition.has_unpublished_changes or bool(edition.alias_of_id)
    else:
        changed |= edition is None
    if not changed:
        return edition.specific if isinstance(edition, Page) else edition, False
    if isinstance(original, Page):
        # A draft first, no on_commit publish: the seed runs in one transaction.
        translation.save_target(user=None, publish=False)
        edition = original.get_translation(locale).specific
        with publishing_authorised():
            edition.get_latest_revision().publish()
        edition.refresh_from_db()
    else:
        translation.save_target(user=None, publish=True)
        edition = original.get_translation(locale)
    return edition, True


def untranslated_segments(original) -> list[str]:
    """The texts of ``original``'s segments that have no English translation (for the tests)."""
    source = TranslationSource.objects.get(object_id=original.translation_key, locale_id=original.locale_id)
    segments = StringSegment.objects.filter(source=source).annotate_translation(english()).select_related("string")
    return [segment.string.data for segment in segments if not segment.translation]


def _strings_ensure(*, source: TranslationSource, locale: Locale, strings: dict[str, str]) -> bool:
    changed = False
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = strings.get(segment.string.data)
        if text is None:
            continue  # left to the translators; the English edition shows the German text
        existing = StringTranslation.objects.filter(
            translation_of=segment.string, locale=locale, context=segment.context
        ).first()
        if existing is None:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=text,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
            changed = True
        elif existing.data != text:
            existing.data = text
            existing.save()
            changed = True
    return changed


def _serialised(instance) -> str:
    # As TranslationSource serialises its object.
    if isinstance(instance, ClusterableModel):
        return instance.to_json()
    return json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)


def _content(content_json: str) -> dict:
    """What a source says, without its publishing state and StreamField block ids.

    The German seeders set StreamFields from raw data, so each republication
    gives the blocks new ids. Left in, they would make an unchanged German page
    look changed; its source would get new segment contexts, without their
    translations, and the English page would be republished.
    """
    return {key: _without_ids(value) for key, value in json.loads(content_json).items() if key not in _NOT_CONTENT}


def _without_ids(value):
    if isinstance(value, str) and value.startswith("["):
        try:
            value = json.loads(value)  # a StreamField, serialised as a JSON string
        except ValueError:
            return value
    if isinstance(value, list):
        return [_without_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _without_ids(item) for key, item in value.items() if key != "id"}
    return value
