"""The initial target groups of IQ Good Practice: who can take a
good practice over. Editors maintain the list as snippets afterwards."""

from django.db import migrations

TARGET_GROUPS = (
    (10, "Ratsuchende"),
    (20, "Unternehmen"),
    (30, "Jobcenter und Arbeitsagenturen"),
    (40, "Öffentliche Verwaltung"),
    (50, "Bildungsträger"),
    (60, "Kammern"),
    (70, "Hochschulen"),
    (80, "IQ Netzwerke und Fachstellen"),
)


def create_target_groups(apps, schema_editor):
    TargetGroup = apps.get_model("goodpractice", "TargetGroup")
    for sort_order, name in TARGET_GROUPS:
        TargetGroup.objects.get_or_create(name=name, defaults={"sort_order": sort_order})


def remove_target_groups(apps, schema_editor):
    TargetGroup = apps.get_model("goodpractice", "TargetGroup")
    TargetGroup.objects.filter(name__in=[name for _, name in TARGET_GROUPS], good_practices=None).delete()


class Migration(migrations.Migration):
    dependencies = [("goodpractice", "0001_initial")]

    operations = [migrations.RunPython(create_target_groups, remove_target_groups)]
