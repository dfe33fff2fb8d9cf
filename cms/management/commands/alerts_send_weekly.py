"""The weekly digests of the catalogue's e-mail alerts; run once a week by cron."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from cms.alerts.delivery import alerts_send_weekly


class Command(BaseCommand):
    help = "Verschickt die wöchentlichen Zusammenfassungen der E-Mail-Benachrichtigungen des Katalogs."

    def handle(self, *args, **options) -> None:
        run = alerts_send_weekly(now=timezone.now())
        self.stdout.write(
            f"Wöchentliche Benachrichtigungen: {run.sent} E-Mails an {run.subscriptions} Abonnements verschickt."
        )
        if run.failed:
            # Non-zero exit, so cron mails the administrators; the cursors stayed, the next run tries again.
            raise CommandError(f"{run.failed} E-Mails konnten nicht verschickt werden.")
