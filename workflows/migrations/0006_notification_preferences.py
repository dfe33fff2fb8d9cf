import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("workflows", "0005_workflow_rules"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="NotificationPreference",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "delivery",
                    models.CharField(
                        choices=[
                            ("sofort", "Sofort: jede Benachrichtigung als eigene E-Mail"),
                            (
                                "taeglich",
                                "Tägliche Zusammenfassung: eine E-Mail am Tag mit allem, was seit der letzten "
                                "geschehen ist",
                            ),
                        ],
                        default="sofort",
                        max_length=10,
                        verbose_name="Zustellung",
                    ),
                ),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notification_preference",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "Benachrichtigungseinstellung",
                "verbose_name_plural": "Benachrichtigungseinstellungen",
            },
        ),
        migrations.CreateModel(
            name="DigestEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("event", models.CharField(max_length=40, verbose_name="Ereignis")),
                ("page_title", models.CharField(max_length=255, verbose_name="Publikation")),
                ("subject", models.CharField(max_length=255, verbose_name="Betreff")),
                ("text", models.TextField(verbose_name="Text")),
                ("url", models.URLField(max_length=500, verbose_name="Link")),
                ("created_at", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="Ereignis am")),
                (
                    "sent_at",
                    models.DateTimeField(blank=True, db_index=True, null=True, verbose_name="Zusammengefasst am"),
                ),
                (
                    "task_state",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.taskstate",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="digest_entries",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "Eintrag der täglichen Zusammenfassung",
                "verbose_name_plural": "Einträge der täglichen Zusammenfassung",
                "ordering": ["created_at", "pk"],
            },
        ),
        migrations.CreateModel(
            name="WorkerAlert",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("last_seen", models.DateTimeField(blank=True, null=True, verbose_name="Zuletzt aktiv")),
                ("waiting_since", models.DateTimeField(verbose_name="Ältester Auftrag wartet seit")),
                ("waiting_count", models.PositiveIntegerField(verbose_name="Wartende Aufträge")),
                ("sent_at", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="Gemeldet am")),
                ("recovered_at", models.DateTimeField(blank=True, null=True, verbose_name="Wieder aktiv seit")),
            ],
            options={
                "verbose_name": "Meldung: Hintergrunddienst still",
                "verbose_name_plural": "Meldungen: Hintergrunddienst still",
                "ordering": ["-sent_at"],
            },
        ),
    ]
