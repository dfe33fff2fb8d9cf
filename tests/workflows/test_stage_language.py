"""„Gilt für“ on a review stage: the administrator sets it in Wagtail's task
form, and the migration gives existing databases the stage „Lektorat (EN)“."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from wagtail.models import Workflow, WorkflowTask

import pytest

from tests.workflows.form_state import html_form_data
from workflows.models import FourEyesApprovalTask, QuorumApprovalTask

migration = importlib.import_module("workflows.migrations.0009_lektorat_en")
old_defaults = importlib.import_module("workflows.migrations.0003_default_workflows")

BEFORE = [("workflows", "0007_forced_publication")]
FACT_SHEET = ["Automatische Prüfungen", "Fachreview", "Lektorat (EN)", "Freigabe"]
GOOD_PRACTICE = ["Automatische Prüfungen", "Fachreview", "Lektorat (EN)", "Beratungsgremium", "Freigabe"]


def stages(name: str) -> list[str]:
    rows = WorkflowTask.objects.filter(workflow__name=name).order_by("sort_order")
    return [row.task.name for row in rows]


def sort_orders(name: str) -> list[int]:
    rows = WorkflowTask.objects.filter(workflow__name=name).order_by("sort_order")
    return list(rows.values_list("sort_order", flat=True))


# The task form's „Frist (Arbeitstage)“ as the browser sends it, prefilled (test_deadlines.py).
DURATION = {"duration_days": "5"}


@pytest.mark.django_db
def test_the_administrator_creates_a_stage_for_english_editions_in_the_task_form(client, team, roles):
    client.force_login(team.outsider)  # Administration
    url = reverse("wagtailadmin_workflows:add_task", args=["workflows", "foureyesapprovaltask"])
    html = client.get(url).content.decode()
    assert "Gilt für" in html and "nur englische Fassungen" in html and "überspringen ihn" in html
    response = client.post(
        url, {"name": "Lektorat (EN) Magazin", "groups": [roles["Lektorat"].pk], "language": "en", **DURATION}
    )
    assert response.status_code == 302
    task = FourEyesApprovalTask.objects.get(name="Lektorat (EN) Magazin")
    assert task.language == "en" and list(task.groups.all()) == [roles["Lektorat"]]

    # Editing it: the form as the browser sends it, with another choice.
    edit = reverse("wagtailadmin_workflows:edit_task", args=[task.pk])
    form = html_form_data(client.get(edit).content.decode(), containing="language")
    assert form["language"] == ["en"]
    response = client.post(edit, {**form, "language": ["de"]})
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.language == "de"


@pytest.mark.django_db
def test_a_quorum_stage_can_be_for_german_editions_and_defaults_to_every_edition(client, team, roles):
    client.force_login(team.outsider)
    url = reverse("wagtailadmin_workflows:add_task", args=["workflows", "quorumapprovaltask"])
    groups = [roles["Fachreview"].pk, roles["Lektorat"].pk]
    response = client.post(
        url, {"name": "Gremium DE", "groups": groups, "required_approvals": 2, "language": "de", **DURATION}
    )
    assert response.status_code == 302
    assert QuorumApprovalTask.objects.get(name="Gremium DE").language == "de"
    response = client.post(url, {"name": "Gremium alle", "groups": groups, "required_approvals": 2, **DURATION})
    assert response.status_code == 302
    assert QuorumApprovalTask.objects.get(name="Gremium alle").language == ""


@pytest.mark.django_db
def test_the_default_workflows_have_lektorat_en_after_fachreview():
    assert stages("IQ Fact Sheet") == FACT_SHEET
    assert stages("IQ Good Practice") == GOOD_PRACTICE
    task = FourEyesApprovalTask.objects.get(name="Lektorat (EN)")
    assert task.language == "en"
    assert set(task.groups.values_list("name", flat=True)) == {"Lektorat"}


def _old_default_workflows() -> None:
    """The database as it was before this stage: the default workflows as
    ``0003_default_workflows`` creates them, without „Lektorat (EN)“."""
    Workflow.objects.all().delete()
    FourEyesApprovalTask.objects.filter(name="Lektorat (EN)").delete()
    old_defaults.forwards(apps, None)
    assert stages("IQ Fact Sheet") == ["Automatische Prüfungen", "Fachreview", "Freigabe"]


@pytest.mark.django_db
def test_the_migration_inserts_the_stage_after_fachreview_and_moves_the_later_ones_down():
    _old_default_workflows()
    migration.lektorat_en_add(apps, None)
    migration.lektorat_en_add(apps, None)  # a second run changes nothing
    assert stages("IQ Fact Sheet") == FACT_SHEET
    assert sort_orders("IQ Fact Sheet") == [0, 1, 2, 3]
    assert stages("IQ Good Practice") == GOOD_PRACTICE
    assert sort_orders("IQ Good Practice") == [0, 1, 2, 3, 4]
    assert stages("IQ konkret") == ["Automatische Prüfungen", "Fachreview", "Lektorat", "Freigabe"]
    assert stages("Themendossier") == ["Automatische Prüfungen", "Fachreview und Lektorat", "Freigabe"]
    [task] = FourEyesApprovalTask.objects.filter(name="Lektorat (EN)")
    assert task.language == "en" and set(task.groups.values_list("name", flat=True)) == {"Lektorat"}


@pytest.mark.django_db
def test_the_migration_leaves_workflows_the_administrators_changed_alone(roles):
    _old_default_workflows()
    Workflow.objects.filter(name="IQ Good Practice").update(name="Good Practice (eigener Ablauf)")
    WorkflowTask.objects.filter(workflow__name="IQ Fact Sheet", task__name="Fachreview").delete()
    mine = FourEyesApprovalTask.objects.create(name="Lektorat (EN)")  # one the administrator made already
    mine.groups.set([roles["Lektorat"], roles["Fachreview"]])
    migration.lektorat_en_add(apps, None)
    assert stages("IQ Fact Sheet") == ["Automatische Prüfungen", "Freigabe"]
    assert "Lektorat (EN)" not in stages("Good Practice (eigener Ablauf)")
    assert list(FourEyesApprovalTask.objects.filter(name="Lektorat (EN)")) == [mine]
    assert mine.groups.count() == 2, "their task is not changed"


@pytest.mark.django_db(transaction=True)
def test_migrating_a_database_with_the_old_default_workflows():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old_apps = executor.loader.project_state(BEFORE).apps
    old_apps.get_model("wagtailcore", "Workflow").objects.all().delete()
    old_apps.get_model("wagtailcore", "Task").objects.filter(name="Lektorat (EN)").delete()
    old_defaults.forwards(old_apps, None)
    assert stages("IQ Good Practice") == ["Automatische Prüfungen", "Fachreview", "Beratungsgremium", "Freigabe"]

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    assert stages("IQ Fact Sheet") == FACT_SHEET
    assert stages("IQ Good Practice") == GOOD_PRACTICE
    task = FourEyesApprovalTask.objects.get(name="Lektorat (EN)")
    assert task.language == "en" and list(task.groups.all()) == [Group.objects.get(name="Lektorat")]
