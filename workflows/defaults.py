"""The default review workflows and the listing pages they are assigned to.

Created by a data migration with a frozen copy of this spec
(``0003_default_workflows``) and editable by administrators afterwards; the
demo and the test baseline recreate them with ``workflows_ensure`` after a
flush. A default stage added later comes with a data migration of its own
for existing databases (``0009_lektorat_en``). Wagtail gives every page the
workflow of its nearest ancestor, so a workflow on a listing page covers every
publication under it.
Content types are named by label: ``workflows`` imports no content app.
"""

from django.apps import apps as global_apps

CHECKS = "Automatische Prüfungen"
# The types the programme publishes in English get a language review of their
# English editions; German editions skip it (``models/stage_language.py``).
LEKTORAT_EN = "Lektorat (EN)"

# name -> (task model, groups, extra fields)
TASKS: dict[str, tuple[str, tuple[str, ...], dict]] = {
    CHECKS: ("automatedcheckstask", (), {}),
    "Fachreview": ("foureyesapprovaltask", ("Fachreview",), {}),
    "Lektorat": ("foureyesapprovaltask", ("Lektorat",), {}),
    "Freigabe": ("foureyesapprovaltask", ("Freigabe",), {}),
    LEKTORAT_EN: ("foureyesapprovaltask", ("Lektorat",), {"language": "en"}),
    "Fachreview und Lektorat": (
        "quorumapprovaltask",
        ("Fachreview", "Lektorat"),
        {"required_approvals": 2, "require_every_group": True},
    ),
    "Beratungsgremium": ("quorumapprovaltask", ("Beratungsgremium",), {"required_approvals": 2}),
}

# name -> (listing page models, task names in order)
WORKFLOWS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "IQ konkret": (("magazine.magazinearchivepage",), (CHECKS, "Fachreview", "Lektorat", "Freigabe")),
    "IQ Fact Sheet": (("factsheets.factsheetindexpage",), (CHECKS, "Fachreview", LEKTORAT_EN, "Freigabe")),
    "Themendossier": (("dossiers.dossierindexpage",), (CHECKS, "Fachreview und Lektorat", "Freigabe")),
    "IQ Good Practice": (
        ("goodpractice.goodpracticeindexpage",),
        (CHECKS, "Fachreview", LEKTORAT_EN, "Beratungsgremium", "Freigabe"),
    ),
}

LISTING_WORKFLOW = {label: name for name, (labels, _) in WORKFLOWS.items() for label in labels}


def workflows_ensure(*, apps=global_apps) -> None:
    """Create the default tasks and workflows if missing, and assign them to
    existing listing pages that have no workflow yet. Needs the role groups."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    tasks = {}
    for name, (model_name, group_names, extra) in TASKS.items():
        model = apps.get_model("workflows", model_name)
        task = model.objects.filter(name=name).first()
        if task is None:
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
    Page = apps.get_model("wagtailcore", "Page")
    for label in LISTING_WORKFLOW:
        app_label, model = label.split(".")
        for page in Page.objects.filter(content_type__app_label=app_label, content_type__model=model):
            workflow_assign_default(page_id=page.pk, label=label, apps=apps)


def workflow_assign_default(*, page_id: int, label: str, apps=global_apps) -> None:
    """Give a listing page its default workflow unless it already has one."""
    name = LISTING_WORKFLOW.get(label)
    if name is None:
        return
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    workflow = Workflow.objects.filter(name=name, active=True).first()
    if workflow is not None and not WorkflowPage.objects.filter(page_id=page_id).exists():
        WorkflowPage.objects.create(page_id=page_id, workflow=workflow)
