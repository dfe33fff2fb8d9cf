"""Review workflow tasks, automated checks and notifications."""

from django.apps import AppConfig


class WorkflowsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "workflows"
    verbose_name = "Prüf-Workflows"

    def ready(self):
        from .publish_guard import publish_guard_install
        from .receivers import receivers_connect
        from .task_types import task_types_restrict
        from .translation_editor import sync_publish_install

        publish_guard_install()
        sync_publish_install()
        task_types_restrict()
        receivers_connect()
