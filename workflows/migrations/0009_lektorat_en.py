"""The stage „Lektorat (EN)“: Lektorat reviews the English editions of fact
sheets and good practices; German editions skip it.

A frozen copy of the task as ``workflows.defaults`` had it when this migration
was written. The task is created if missing; it goes into the default
workflows „IQ Fact Sheet“ and „IQ Good Practice“ right after „Fachreview“,
the later stages moving down one place. A workflow renamed, or without
„Fachreview“ any more, is the administrators' own: it stays as it is, and they
can add the task themselves. Runs already under way meet the stage when they
reach it.
"""

from django.db import migrations
from django.db.models import F

TASK_NAME = "Lektorat (EN)"
GROUPS = ("Lektorat",)
LANGUAGE = "en"
AFTER = "Fachreview"
WORKFLOWS = ("IQ Fact Sheet", "IQ Good Practice")


def lektorat_en_add(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    FourEyesApprovalTask = apps.get_model("workflows", "FourEyesApprovalTask")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    task = FourEyesApprovalTask.objects.filter(name=TASK_NAME).order_by("pk").first()
    if task is None:
        # Historical models lack Task.__init__, which sets the concrete content type.
        content_type, _ = ContentType.objects.get_or_create(app_label="workflows", model="foureyesapprovaltask")
        task = FourEyesApprovalTask.objects.create(name=TASK_NAME, content_type=content_type, language=LANGUAGE)
        task.groups.set(Group.objects.filter(name__in=GROUPS))
    for workflow in Workflow.objects.filter(name__in=WORKFLOWS):
        if WorkflowTask.objects.filter(workflow=workflow, task_id=task.pk).exists():
            continue
        before = WorkflowTask.objects.filter(workflow=workflow, task__name=AFTER).order_by("sort_order").first()
        if before is None:
            continue
        WorkflowTask.objects.filter(workflow=workflow, sort_order__gt=before.sort_order).update(
            sort_order=F("sort_order") + 1
        )
        WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=before.sort_order + 1)


def lektorat_en_remove(apps, schema_editor):
    """The stage leaves the two workflows; the task goes too unless it has a history."""
    FourEyesApprovalTask = apps.get_model("workflows", "FourEyesApprovalTask")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    for task in FourEyesApprovalTask.objects.filter(name=TASK_NAME, language=LANGUAGE):
        for row in WorkflowTask.objects.filter(task_id=task.pk, workflow__name__in=WORKFLOWS):
            WorkflowTask.objects.filter(workflow_id=row.workflow_id, sort_order__gt=row.sort_order).update(
                sort_order=F("sort_order") - 1
            )
            row.delete()
        if not WorkflowTask.objects.filter(task_id=task.pk).exists() and not TaskState.objects.filter(
            task_id=task.pk
        ).exists():
            task.delete()


class Migration(migrations.Migration):
    dependencies = [("workflows", "0008_stage_language")]

    operations = [migrations.RunPython(lektorat_en_add, lektorat_en_remove)]
