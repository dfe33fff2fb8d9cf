"""Good-practice sheets and their selection procedure."""

from django.apps import AppConfig


class GoodpracticeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "goodpractice"
    verbose_name = "IQ Good Practice"
