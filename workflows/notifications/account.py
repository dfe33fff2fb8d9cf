"""„Zustellung der Workflow-E-Mails“ in each person's Wagtail account
settings (tab „Benachrichtigungen“): immediate mails or a daily digest."""

from django import forms

from wagtail import hooks
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from workflows.models import NotificationPreference


class NotificationDeliveryForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["delivery"]
        widgets = {"delivery": forms.RadioSelect}
        labels = {"delivery": "Wie möchten Sie die E-Mails der Prüf-Workflows erhalten?"}
        help_texts = {
            "delivery": (
                "Die Zusammenfassung kommt einmal am Tag und enthält alles seit der letzten. Welche Arten "
                "von Benachrichtigungen Sie überhaupt erhalten, wählen Sie oben."
            )
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The account page saves every panel at once; a POST without this
        # field (another client, an older form) keeps the choice instead of failing.
        self.fields["delivery"].required = False

    def clean_delivery(self):
        return self.cleaned_data["delivery"] or self.instance.delivery


class NotificationDeliveryPanel(BaseSettingsPanel):
    name = "workflow_delivery"
    title = "Zustellung der Workflow-E-Mails"
    tab = notifications_tab
    order = 200  # after Wagtail's switches for which notifications to receive
    form_class = NotificationDeliveryForm

    def get_form(self):
        kwargs = {"instance": NotificationPreference.for_user(self.user), "prefix": self.name}
        if self.request.method == "POST":
            return self.form_class(self.request.POST, **kwargs)
        return self.form_class(**kwargs)


@hooks.register("register_account_settings_panel")
def register_notification_delivery_panel(request, user, profile):
    return NotificationDeliveryPanel(request, user, profile)
