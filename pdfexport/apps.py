"""Rendering, safe fetching, storage and serving of publication PDFs."""

from django.apps import AppConfig


class PdfexportConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "pdfexport"
    verbose_name = "PDF-Export"

    def ready(self) -> None:
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
