"""Step 2 of 2: year and number of an issue are unique per language, so that an issue's
English edition (a wagtail-localize copy) keeps its German issue's year and number."""

from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):

    dependencies = [
        ('magazine', '0004_issue_locale'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AlterField(
            model_name='magazineissuepage',
            name='issue_locale',
            field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='Sprache der Ausgabe'),
        ),
        migrations.RemoveConstraint(
            model_name='magazineissuepage',
            name='magazine_issue_unique_year_number',
        ),
        migrations.AddConstraint(
            model_name='magazineissuepage',
            constraint=models.UniqueConstraint(fields=('issue_locale', 'year', 'issue_number'), name='magazine_issue_unique_locale_year_number', violation_error_message='Diese Ausgabe (Jahr und Nummer) gibt es schon.'),
        ),
    ]
