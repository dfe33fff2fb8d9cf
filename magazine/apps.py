"""The magazine IQ konkret: issues and articles."""

from django.apps import AppConfig


class MagazineConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "magazine"
    verbose_name = "IQ konkret"

    def ready(self) -> None:
        from .receivers import receivers_connect

        receivers_connect()
