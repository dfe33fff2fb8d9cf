"""Existing reference data is German: every row gets the German locale and a
translation key of its own, before 0014 makes both required."""

import uuid

from django.db import migrations

GERMAN = "de"
MODELS = ("Topic", "ActionArea", "FundingNotice", "Organisation", "RegionalNetwork")


def german_locale_assign(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    german = Locale.objects.get(language_code=GERMAN)
    for name in MODELS:
        model = apps.get_model("cms", name)
        for row in model.objects.filter(translation_key__isnull=True).only("pk"):
            model.objects.filter(pk=row.pk).update(translation_key=uuid.uuid4(), locale=german)
        model.objects.filter(locale__isnull=True).update(locale=german)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0012_reference_data_translatable_bootstrap"),
        ("cms", "0011_locales_de_en"),
    ]

    operations = [migrations.RunPython(german_locale_assign, migrations.RunPython.noop)]
