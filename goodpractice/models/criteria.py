"""The four selection criteria of IQ Good Practice and the judgements the
advisory board gives on them."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class Criterion(models.TextChoices):
    # The order is the programme's; every list of criteria follows it.
    TRANSFERABLE = "transferfaehig", _("Transferfähig")
    INNOVATIVE = "innovativ", _("Innovativ")
    SUSTAINABLE = "nachhaltig", _("Nachhaltig")
    EFFICIENT = "effizient", _("Effizient")


class Judgement(models.TextChoices):
    MET = "erfuellt", _("erfüllt")
    PARTLY_MET = "teilweise", _("teilweise erfüllt")
    NOT_MET = "nicht_erfuellt", _("nicht erfüllt")


def criteria_in_order(codes) -> list[Criterion]:
    """``codes`` as criteria in the programme's order, unknown codes dropped."""
    wanted = set(codes or ())
    return [criterion for criterion in Criterion if criterion.value in wanted]


def criteria_listed(codes) -> str:
    """„transferfähig, innovativ und effizient“: for a sentence."""
    labels = [str(criterion.label).lower() for criterion in criteria_in_order(codes)]
    if len(labels) < 2:
        return "".join(labels)
    return gettext("%(first)s und %(last)s") % {"first": ", ".join(labels[:-1]), "last": labels[-1]}


def _validate_criteria(value) -> None:
    unknown = set(value or ()) - set(Criterion.values)
    if unknown:
        raise ValidationError(f"Unbekannte Auswahlkriterien: {', '.join(sorted(unknown))}.")


class CriterionSetField(models.JSONField):
    """A subset of the four criteria, stored as a list of codes.

    A JSON list rather than four booleans or a join table: the set is small and
    fixed, it travels with the page revision, and the form offers it as one
    group of checkboxes.
    """

    default_validators = [_validate_criteria]

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.MultipleChoiceField,
            "choices": Criterion.choices,
            "widget": forms.CheckboxSelectMultiple,
            "show_hidden_initial": False,
        }
        # Field.formfield, not JSONField.formfield: the form edits choices, not JSON text.
        return models.Field.formfield(self, **{**defaults, **kwargs})
