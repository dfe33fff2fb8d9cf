"""Existing target groups are German: each gets the German locale and a
translation key of its own, before 0011 makes both required."""

import uuid

from django.db import migrations

GERMAN = "de"


def german_locale_assign(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    TargetGroup = apps.get_model("goodpractice", "TargetGroup")
    german = Locale.objects.get(language_code=GERMAN)
    for row in TargetGroup.objects.filter(translation_key__isnull=True).only("pk"):
        TargetGroup.objects.filter(pk=row.pk).update(translation_key=uuid.uuid4(), locale=german)
    TargetGroup.objects.filter(locale__isnull=True).update(locale=german)


class Migration(migrations.Migration):
    dependencies = [("goodpractice", "0009_target_groups_translatable_bootstrap")]

    operations = [migrations.RunPython(german_locale_assign, migrations.RunPython.noop)]
