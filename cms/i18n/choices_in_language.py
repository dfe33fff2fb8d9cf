"""Edit forms offer the reference data of the edited object's language.

Topics, target groups, organisations and the other translatable rows exist
once per locale. Left alone, a German page's "Themen" would list "Anerkennung"
and "Recognition" side by side, and an editor could tag a German publication
with an English row. The rows already chosen stay offered, so a form whose
object holds rows of another language (an English page keeps the German
many-to-many rows wagtail-localize copied) still validates unchanged.
"""

from django.db.models import Q

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import Locale, TranslatableMixin


class ChoicesInLanguageMixin:
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        locale_id = self._choices_locale_id()
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is None or not issubclass(queryset.model, TranslatableMixin):
                continue
            field.queryset = queryset.filter(Q(locale_id=locale_id) | Q(pk__in=_chosen_pks(self.initial.get(name))))

    def _choices_locale_id(self) -> int:
        instance_locale = getattr(self.instance, "locale_id", None)
        if instance_locale:
            return instance_locale
        parent = getattr(self, "parent_page", None)
        if parent is not None and parent.locale_id:
            return parent.locale_id
        return Locale.get_default().pk


def _chosen_pks(initial) -> list:
    """The primary keys in a field's initial value: a key, a row, or (many-to-many,
    also modelcluster's FakeQuerySet) an iterable of either, nested at most once."""
    if initial is None or isinstance(initial, str):
        return [initial] if initial else []
    if hasattr(initial, "__iter__"):
        return [pk for item in initial for pk in _chosen_pks(item)]
    return [getattr(initial, "pk", initial)]


class PageFormInLanguage(ChoicesInLanguageMixin, WagtailAdminPageForm):
    """The base form of publication pages."""


class ModelFormInLanguage(ChoicesInLanguageMixin, WagtailAdminModelForm):
    """The base form of snippets that refer to translatable reference data."""
