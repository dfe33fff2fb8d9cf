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
