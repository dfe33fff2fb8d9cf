"""Demo content and ``manage.py seed_demo``; never installed in production."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "demo"
    verbose_name = "Demo-Inhalte"
