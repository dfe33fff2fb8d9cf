"""The board's ballot (``BoardSelectionTask``), its decisions and judgements,
and the nomination fields of the sheet. The free-text selection fields are
removed in 0006, after 0005 has copied them into the page history."""

import django.db.models.deletion
from django.db import migrations, models

import goodpractice.models.criteria


class Migration(migrations.Migration):
    dependencies = [
        ("goodpractice", "0003_target_group_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("workflows", "0004_review_reminders"),
    ]

    operations = [
        migrations.CreateModel(
            name="BoardSelectionTask",
            fields=[
                (
                    "quorumapprovaltask_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="workflows.quorumapprovaltask",
                    ),
                ),
            ],
            options={
                "verbose_name": "Auswahl durch das Beratungsgremium",
                "verbose_name_plural": "Auswahlen durch das Beratungsgremium",
            },
            bases=("workflows.quorumapprovaltask",),
        ),
        migrations.RenameField(model_name="goodpracticepage", old_name="nomination_date", new_name="nominated_at"),
        migrations.AddField(
            model_name="goodpracticepage",
            name="nominated_for",
            field=goodpractice.models.criteria.CriterionSetField(
                default=list,
                help_text="Die Kriterien, die der Vorschlag als erfüllt nennt. Das Beratungsgremium bewertet immer "
                "alle vier.",
                verbose_name="Vorgeschlagen für die Kriterien",
            ),
        ),
        migrations.AddField(
            model_name="goodpracticepage",
            name="nominator",
            field=models.CharField(
                blank=True,
                help_text="Optional, nur für die Redaktion: wer den Vorschlag eingereicht hat. Erscheint nicht auf "
                "dem Blatt.",
                max_length=200,
                verbose_name="Vorschlagende Person",
            ),
        ),
        migrations.CreateModel(
            name="BoardDecision",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "outcome",
                    models.CharField(
                        choices=[("ausgewaehlt", "ausgewählt"), ("nicht_ausgewaehlt", "nicht ausgewählt")],
                        max_length=20,
                        verbose_name="Ergebnis",
                    ),
                ),
                ("decided_at", models.DateTimeField(db_index=True, verbose_name="Entschieden am")),
                ("votes_for", models.PositiveSmallIntegerField(verbose_name="Stimmen für die Auswahl")),
                ("votes_cast", models.PositiveSmallIntegerField(verbose_name="Abgegebene Stimmen")),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="wagtailcore.page"
                    ),
                ),
                (
                    "revision",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="wagtailcore.revision"
                    ),
                ),
                (
                    "task_state",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="board_decision",
                        to="wagtailcore.taskstate",
                    ),
                ),
            ],
            options={
                "verbose_name": "Entscheidung des Beratungsgremiums",
                "verbose_name_plural": "Entscheidungen des Beratungsgremiums",
                "ordering": ["-decided_at", "-pk"],
            },
        ),
        migrations.CreateModel(
            name="CriterionJudgement",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "criterion",
                    models.CharField(
                        choices=[
                            ("transferfaehig", "Transferfähig"),
                            ("innovativ", "Innovativ"),
                            ("nachhaltig", "Nachhaltig"),
                            ("effizient", "Effizient"),
                        ],
                        max_length=20,
                        verbose_name="Kriterium",
                    ),
                ),
                (
                    "judgement",
                    models.CharField(
                        choices=[
                            ("erfuellt", "erfüllt"),
                            ("teilweise", "teilweise erfüllt"),
                            ("nicht_erfuellt", "nicht erfüllt"),
                        ],
                        max_length=20,
                        verbose_name="Urteil",
                    ),
                ),
                ("reason", models.CharField(max_length=500, verbose_name="Begründung")),
                (
                    "vote",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="criterion_judgements",
                        to="workflows.quorumvote",
                    ),
                ),
            ],
            options={
                "verbose_name": "Urteil zu einem Kriterium",
                "verbose_name_plural": "Urteile zu den Kriterien",
                "ordering": ["vote__created_at", "vote_id", "pk"],
                "constraints": [
                    models.UniqueConstraint(fields=("vote", "criterion"), name="one_judgement_per_vote_and_criterion")
                ],
            },
        ),
    ]
