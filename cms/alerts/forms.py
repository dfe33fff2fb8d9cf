"""The form a reader subscribes with: address and frequency; the filter comes from the URL."""

from django import forms

from cms.models.alert import AlertFrequency

FREQUENCY_CHOICES = [
    (AlertFrequency.IMMEDIATE.value, "Sofort, sobald eine passende Publikation erscheint"),
    (AlertFrequency.WEEKLY.value, "Wöchentlich als Zusammenfassung"),
]


class AlertForm(forms.Form):
    email = forms.EmailField(
        label="E-Mail-Adresse",
        max_length=254,
        error_messages={
            "required": "Bitte geben Sie Ihre E-Mail-Adresse an.",
            "invalid": "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.",
            "max_length": "Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    frequency = forms.ChoiceField(
        label="Wie oft möchten Sie benachrichtigt werden?",
        choices=FREQUENCY_CHOICES,
        initial=AlertFrequency.IMMEDIATE.value,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Bitte wählen Sie, wie oft Sie benachrichtigt werden möchten.",
            "invalid_choice": "Bitte wählen Sie „sofort“ oder „wöchentlich“.",
        },
    )
