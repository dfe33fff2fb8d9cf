"""Reference data in a language: the German source rows, and a row's translation.

Topics, organisations and the other translatable snippets have one row per
locale. Code that finds a row by its name or slug (the demo seeders, the
subproject import) means the German one, which is the source of every
translation; a page in English shows the translation where there is one.
"""

from django.conf import settings
from django.db.models import Model, QuerySet

from wagtail.models import Locale, TranslatableMixin


def in_source_locale(model: type[Model]) -> QuerySet:
    """``model``'s rows in the default (German) locale; all rows of a model that is not translatable."""
    if issubclass(model, TranslatableMixin):
        # By code, not Locale.get_default(): a join instead of a query of its own.
        return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    return model.objects.all()


def translated_for(row: Model, *, locale: Locale) -> Model:
    """``row``'s translation into ``locale``, or ``row`` itself when it has none."""
    if not isinstance(row, TranslatableMixin) or row.locale_id == locale.pk:
        return row
    return row.get_translation_or_none(locale) or row


def translated_rows(rows, *, locale: Locale) -> list[Model]:
    """``rows`` (e.g. a page's topics) in ``locale``, each its translation where
    there is one, in their order; one query, none when all are in ``locale``.

    Translated pages keep the German rows of their many-to-many fields
    (wagtail-localize copies them as they are), so their readers would see
    German names without this.
    """
    rows = list(rows)
    foreign = [row for row in rows if isinstance(row, TranslatableMixin) and row.locale_id != locale.pk]
    if not foreign:
        return rows
    model = type(foreign[0])
    translations = {
        row.translation_key: row
        for row in model._default_manager.filter(
            translation_key__in=[row.translation_key for row in foreign], locale=locale
        )
    }
    return [translations.get(getattr(row, "translation_key", None), row) for row in rows]


def in_source_language(row: Model) -> Model:
    """``row``'s German original (itself if it is German or not translatable).

    Catalogue filter values name the German row, so a filter link means the same
    in both languages even where an English edition points at a translated row.
    """
    if not isinstance(row, TranslatableMixin) or row.locale.language_code == settings.LANGUAGE_CODE:
        return row
    return row.get_translation_or_none(Locale.get_default()) or row
