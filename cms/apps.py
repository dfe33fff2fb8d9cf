"""Site shell, shared publication base, reference data."""

from django.apps import AppConfig


class CmsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cms"
    verbose_name = "CMS-Grundlagen"

    def ready(self) -> None:
        from .alerts.receivers import receivers_connect as alerts_receivers_connect
        from .catalogue.receivers import receivers_connect as catalogue_receivers_connect
        from .page_cache.receivers import receivers_connect as page_cache_receivers_connect
        from .unpublish_api import unpublish_api_require_reason

        unpublish_api_require_reason()
        catalogue_receivers_connect()
        alerts_receivers_connect()
        page_cache_receivers_connect()
