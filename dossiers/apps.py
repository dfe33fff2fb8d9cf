"""Topic dossiers with numbered chapters, footnotes and references."""

from django.apps import AppConfig


class DossiersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "dossiers"
    verbose_name = "Themendossiers"
