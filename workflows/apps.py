"""Review workflow tasks, automated checks and notifications."""

from django.apps import AppConfig


class WorkflowsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "workflows"
    verbose_name = "Prüf-Workflows"

    def ready(self):
        from .notifications import notifications_connect
        from .receivers import receivers_connect

        receivers_connect()
        notifications_connect()
