"""Workflow rules per workflow, the kind of change per revision and the
groups a quorum vote counted for; Administration may edit the rules.

The grant is a frozen copy of just the workflow rules permissions, as they
were when this migration was written: ``workflows.roles`` may change later,
and this migration has to do on a fresh database what it always did. Adds what
is missing, removes nothing; a role group an administrator has deleted stays
deleted.
"""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

# Role group -> {(app label, model): actions}
GRANTS = {
    "Administration": {("workflows", "workflowrules"): ("add", "change", "view")},
}


def permissions_create(apps):
    """Django creates content types and permissions after the last migration
    (post_migrate); granting them here needs them now. Every app, not only
    this one, so that a fresh database gets the same ids as it always did."""
    for app_config in apps.get_app_configs():
        # Historical app configs have no models module; create_permissions skips those.
        had_module = getattr(app_config, "models_module", None)
        app_config.models_module = had_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = had_module


def rules_permissions_grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    permissions_create(apps)
    for group in Group.objects.filter(name__in=GRANTS):
        for (app_label, model), actions in GRANTS[group.name].items():
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename__in=[f"{action}_{model}" for action in actions],
                )
            )


def plain_group_approval_retire(apps, schema_editor):
    """Wagtail's group approval knows no four-eyes rule; tasks of that type
    are no longer offered (``task_types``) and the existing ones are retired."""
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    GroupApprovalTask.objects.filter(active=True).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("workflows", "0004_review_reminders"),
    ]

    operations = [
        migrations.AddField(
            model_name="quorumvote",
            name="group_ids",
            field=models.JSONField(default=list, verbose_name="Gruppen beim Abstimmen"),
        ),
        migrations.AlterField(
            model_name="quorumapprovaltask",
            name="require_every_group",
            field=models.BooleanField(
                default=False,
                help_text=(
                    "Aus jeder gewählten Gruppe muss mindestens eine Person zustimmen. Wer mehreren Gruppen "
                    "angehört, zählt einmal, für die Gruppe, die noch fehlt."
                ),
                verbose_name="Jede Gruppe muss zustimmen",
            ),
        ),
        migrations.AlterField(
            model_name="quorumvote",
            name="decision",
            field=models.CharField(
                choices=[
                    ("approve", "Zustimmung"),
                    ("reject", "Änderungen angefordert"),
                    ("decline", "Nicht ausgewählt"),
                ],
                max_length=10,
                verbose_name="Entscheidung",
            ),
        ),
        migrations.CreateModel(
            name="RevisionChange",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("content_changed", models.BooleanField(verbose_name="Inhalt geändert")),
                (
                    "revision",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="iq_change",
                        to="wagtailcore.revision",
                    ),
                ),
            ],
            options={"verbose_name": "Art der Änderung", "verbose_name_plural": "Arten der Änderung"},
        ),
        migrations.CreateModel(
            name="WorkflowRules",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "distinct_approvers",
                    models.BooleanField(
                        default=False,
                        help_text=(
                            "Wer in einem Durchlauf einen Schritt freigegeben hat, kann keinen weiteren Schritt "
                            "desselben Durchlaufs freigeben. Die abschließende Freigabe gibt immer jemand, der "
                            "vorher nicht freigegeben hat."
                        ),
                        verbose_name="Verschiedene Personen in jedem Schritt",
                    ),
                ),
                (
                    "workflow",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="iq_rules",
                        to="wagtailcore.workflow",
                        verbose_name="Workflow",
                    ),
                ),
            ],
            options={"verbose_name": "Workflow-Regel", "verbose_name_plural": "Workflow-Regeln"},
        ),
        migrations.RunPython(rules_permissions_grant, migrations.RunPython.noop),
        migrations.RunPython(plain_group_approval_retire, migrations.RunPython.noop),
    ]
