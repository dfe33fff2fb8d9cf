import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("workflows", "0006_notification_preferences"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ForcedPublication",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("published", "Ohne vollständige Prüfung veröffentlicht"),
                            ("workflow_removed", "Workflow entfernt"),
                            ("workflow_disabled", "Workflow deaktiviert"),
                        ],
                        default="published",
                        max_length=20,
                        verbose_name="Art",
                    ),
                ),
                ("workflow_name", models.CharField(blank=True, max_length=255, verbose_name="Workflow")),
                ("reason", models.TextField(blank=True, verbose_name="Begründung")),
                ("acted_at", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="Durchgeführt am")),
                (
                    "retro_approved_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="Nachträglich freigegeben am"),
                ),
                (
                    "retro_comment",
                    models.TextField(blank=True, verbose_name="Kommentar der nachträglichen Freigabe"),
                ),
                (
                    "acted_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="Durchgeführt von",
                    ),
                ),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="forced_publications",
                        to=settings.WAGTAIL_PAGE_MODEL,
                        verbose_name="Seite",
                    ),
                ),
                (
                    "retro_approved_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="Nachträglich freigegeben von",
                    ),
                ),
                (
                    "revision",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                        verbose_name="Fassung",
                    ),
                ),
            ],
            options={
                "verbose_name": "Veröffentlichung ohne vollständige Prüfung",
                "verbose_name_plural": "Veröffentlichungen ohne vollständige Prüfung",
                "ordering": ["acted_at", "pk"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("kind", "published"), _negated=True),
                            models.Q(("reason", ""), _negated=True),
                            _connector="OR",
                        ),
                        name="forced_publication_published_has_reason",
                    )
                ],
            },
        ),
    ]
