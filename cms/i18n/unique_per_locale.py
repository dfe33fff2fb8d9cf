"""Names and slugs of translatable reference data are unique per locale.

The database says so (a UniqueConstraint with ``locale``), but a form never
checks that constraint: ``locale`` is no form field, and Django skips every
constraint on an excluded field. Without ``clean()`` a duplicate name would
reach the database and answer 500 instead of a message at the field.
"""

from django.core.exceptions import ValidationError

from wagtail.models import Locale


class UniquePerLocaleMixin:
    #: The fields whose value may occur once in each locale.
    unique_per_locale: tuple[str, ...] = ()

    def clean(self) -> None:
        super().clean()
        locale_id = self.locale_id or Locale.get_default().pk
        errors = {}
        for name in self.unique_per_locale:
            value = getattr(self, name)
            others = type(self)._default_manager.filter(locale_id=locale_id, **{name: value}).exclude(pk=self.pk)
            if value and others.exists():
                label = self._meta.get_field(name).verbose_name
                errors[name] = f"„{value}“ gibt es in dieser Sprache schon ({label}); bitte einen anderen Wert wählen."
        if errors:
            raise ValidationError(errors)
