"""The form a reader subscribes with: address and frequency; the filter comes from the URL."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.models.alert import AlertFrequency

FREQUENCY_CHOICES = [
    (AlertFrequency.IMMEDIATE.value, _("Sofort, sobald eine passende Publikation erscheint")),
    (AlertFrequency.WEEKLY.value, _("Wöchentlich als Zusammenfassung")),
]


class AlertForm(forms.Form):
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=254,
        error_messages={
            "required": _("Bitte geben Sie Ihre E-Mail-Adresse an."),
            "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de."),
            "max_length": _("Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    frequency = forms.ChoiceField(
        label=_("Wie oft möchten Sie benachrichtigt werden?"),
        choices=FREQUENCY_CHOICES,
        initial=AlertFrequency.IMMEDIATE.value,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Bitte wählen Sie, wie oft Sie benachrichtigt werden möchten."),
            "invalid_choice": _("Bitte wählen Sie „sofort“ oder „wöchentlich“."),
        },
    )
