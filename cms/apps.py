"""Site shell, shared publication base, reference data."""

from django.apps import AppConfig


class CmsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cms"
    verbose_name = "CMS-Grundlagen"

    def ready(self) -> None:
        from .unpublish_api import unpublish_api_require_reason

        unpublish_api_require_reason()
