"""Step 1 of 2 towards issue numbers unique per language: every issue gets its page's
locale in its own table (nullable until every row has it; 0005 makes it required and
puts it into the unique constraint). Two migrations, so that PostgreSQL never alters a
table with the row updates of the same transaction still pending."""

from django.db import migrations, models
import django.db.models.deletion


def issue_locale_fill(apps, schema_editor):
    MagazineIssuePage = apps.get_model("magazine", "MagazineIssuePage")
    for pk, locale_id in MagazineIssuePage.objects.values_list("pk", "locale_id"):
        MagazineIssuePage.objects.filter(pk=pk).update(issue_locale_id=locale_id)


class Migration(migrations.Migration):

    dependencies = [
        ('magazine', '0003_article_chart_block'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AddField(
            model_name='magazineissuepage',
            name='issue_locale',
            field=models.ForeignKey(editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='Sprache der Ausgabe'),
        ),
        migrations.RunPython(issue_locale_fill, migrations.RunPython.noop),
    ]
