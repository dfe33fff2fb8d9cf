"""Fact sheets: key figures and charts from monitoring data."""

from django.apps import AppConfig


class FactsheetsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "factsheets"
    verbose_name = "IQ Fact Sheets"
