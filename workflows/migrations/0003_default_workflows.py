"""The default review workflows per publication type (editable afterwards).

A frozen copy of the tasks and workflows as they were when this migration was
written: ``workflows.defaults`` may change later, and this migration has to
create the same workflows on a fresh database as it always did. Content types
are named by label, since the content apps' models need not be in the
migration state yet.
"""

from django.db import migrations

CHECKS = "Automatische Prüfungen"

# name -> (task model, groups, extra fields)
TASKS = {
    CHECKS: ("automatedcheckstask", (), {}),
    "Fachreview": ("foureyesapprovaltask", ("Fachreview",), {}),
    "Lektorat": ("foureyesapprovaltask", ("Lektorat",), {}),
    "Freigabe": ("foureyesapprovaltask", ("Freigabe",), {}),
    "Fachreview und Lektorat": (
        "quorumapprovaltask",
        ("Fachreview", "Lektorat"),
        {"required_approvals": 2, "require_every_group": True},
    ),
    "Beratungsgremium": ("quorumapprovaltask", ("Beratungsgremium",), {"required_approvals": 2}),
}

# name -> (listing page models, task names in order)
WORKFLOWS = {
    "IQ konkret": (("magazine.magazinearchivepage",), (CHECKS, "Fachreview", "Lektorat", "Freigabe")),
    "IQ Fact Sheet": (("factsheets.factsheetindexpage",), (CHECKS, "Fachreview", "Freigabe")),
    "Themendossier": (("dossiers.dossierindexpage",), (CHECKS, "Fachreview und Lektorat", "Freigabe")),
    "IQ Good Practice": (
        ("goodpractice.goodpracticeindexpage",),
        (CHECKS, "Fachreview", "Beratungsgremium", "Freigabe"),
    ),
}

LISTING_WORKFLOW = {label: name for name, (labels, _) in WORKFLOWS.items() for label in labels}


def wagtail_defaults_retire(apps):
    """Wagtail's install creates a "Moderators approval" workflow on the root
    page and the groups Editors and Moderators. Our roles replace them; left in
    place, the home and legal pages would wait for a group nobody belongs to."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Group = apps.get_model("auth", "Group")
    for workflow in Workflow.objects.filter(name="Moderators approval"):
        WorkflowPage.objects.filter(workflow=workflow).delete()
        workflow.active = False
        workflow.save(update_fields=["active"])
    Group.objects.filter(name__in=("Editors", "Moderators"), user__isnull=True).delete()


def workflows_ensure(apps):
    """Create the default tasks and workflows if missing, and assign them to
    existing listing pages that have no workflow yet. Needs the role groups."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    tasks = {}
    for name, (model_name, group_names, extra) in TASKS.items():
        model = apps.get_model("workflows", model_name)
        task = model.objects.filter(name=name).first()
        if task is None:
            # Historical models lack Task.save(), which sets the concrete content type.
            content_type, _ = ContentType.objects.get_or_create(app_label="workflows", model=model_name)
            task = model.objects.create(name=name, content_type=content_type, **extra)
            if group_names:
                task.groups.set(Group.objects.filter(name__in=group_names))
        tasks[name] = task
    for name, (_, task_names) in WORKFLOWS.items():
        workflow, created = Workflow.objects.get_or_create(name=name)
        if created:
            for order, task_name in enumerate(task_names):
                WorkflowTask.objects.create(workflow=workflow, task_id=tasks[task_name].pk, sort_order=order)
    for label, name in LISTING_WORKFLOW.items():
        app_label, model = label.split(".")
        workflow = Workflow.objects.filter(name=name, active=True).first()
        if workflow is None:
            continue
        for page in Page.objects.filter(content_type__app_label=app_label, content_type__model=model):
            if not WorkflowPage.objects.filter(page_id=page.pk).exists():
                WorkflowPage.objects.create(page_id=page.pk, workflow=workflow)


def forwards(apps, schema_editor):
    wagtail_defaults_retire(apps)
    workflows_ensure(apps)


class Migration(migrations.Migration):
    dependencies = [("workflows", "0002_roles")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
