"""The form behind "Zurückziehen" in the page header."""

from django import forms

from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from cms.models.withdrawal import WITHDRAWAL_REASON_MAX_LENGTH

from .services import REASON_MISSING, REASON_TOO_LONG


class WithdrawalForm(forms.Form):
    reason = forms.CharField(
        label="Grund",
        max_length=WITHDRAWAL_REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=(
            f"Pflicht, höchstens {WITHDRAWAL_REASON_MAX_LENGTH} Zeichen. Steht im Hinweis auf der Seite, auf jeder "
            "Seite des PDFs und mit Ihrem Namen im Verlauf, z. B. „Die Zahlen für 2023 wurden korrigiert; es gilt "
            "das Fact Sheet 2024.“"
        ),
        error_messages={"required": REASON_MISSING, "max_length": REASON_TOO_LONG},
    )
    successor = forms.ModelChoiceField(
        label="Nachfolgende Publikation (optional)",
        queryset=Page.objects.live(),
        required=False,
        widget=AdminPageChooser(),
        help_text="Eine veröffentlichte Seite, auf die der Hinweis verweist, z. B. die aktuelle Fassung.",
        error_messages={"invalid_choice": "Bitte wählen Sie eine veröffentlichte Seite."},
    )

    def __init__(self, *args, page: Page, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.page = page

    def clean_successor(self):
        successor = self.cleaned_data["successor"]
        if successor is not None and successor.pk == self.page.pk:
            raise forms.ValidationError("Eine Publikation kann nicht auf sich selbst als Nachfolgerin verweisen.")
        return successor
