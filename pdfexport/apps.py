"""Rendering, safe fetching, storage and serving of publication PDFs."""

from django.apps import AppConfig


class PdfexportConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "pdfexport"
    verbose_name = "PDF-Export"

    def ready(self) -> None:
        from .receivers import receivers_connect

        receivers_connect()
