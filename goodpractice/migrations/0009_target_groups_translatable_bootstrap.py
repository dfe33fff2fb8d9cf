"""Target groups become translatable, in Wagtail's three steps: nullable
``locale`` and ``translation_key`` here, German values in 0010, required in 0011."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("goodpractice", "0008_subprojects"),
        ("cms", "0011_locales_de_en"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="targetgroup",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
            ),
        ),
        migrations.AddField(
            model_name="targetgroup",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
    ]
