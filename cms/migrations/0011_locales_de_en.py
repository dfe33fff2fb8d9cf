"""German stays the locale of all existing content; English is added beside it.

Wagtail created the first locale from LANGUAGE_CODE when it was installed. On a
database where that code was a variant ("de-de", "de-at") the content is moved
to plain "de", the code WAGTAIL_CONTENT_LANGUAGES now names, so no page changes
its locale's meaning and none is left in a locale the site no longer serves.
"""

from django.db import migrations

GERMAN = "de"
ENGLISH = "en"


def locales_ensure(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    if not Locale.objects.filter(language_code=GERMAN).exists():
        variant = Locale.objects.filter(language_code__istartswith=f"{GERMAN}-").order_by("pk").first()
        if variant is not None:
            variant.language_code = GERMAN
            variant.save(update_fields=["language_code"])
        else:
            Locale.objects.create(language_code=GERMAN)
    Locale.objects.get_or_create(language_code=ENGLISH)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0010_catalogue_pdf_pdfua"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    # Reversing leaves both locales: removing one would cascade to its pages.
    operations = [migrations.RunPython(locales_ensure, migrations.RunPython.noop)]
