"""Nobody signs off a run they already approved a stage of.

Before the fix, a member of Fachreview and Freigabe approved both stages of
the same fact sheet and it went live on one person's word.
"""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Task, TaskState, Workflow, WorkflowTask

import pytest

from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, actions_offered, edit_url, stage, submit
from workflows.models import WorkflowRules


@pytest.fixture
def double_role(team):
    """Samir Haddad reviews in Fachreview and signs off in Freigabe."""
    team.fachreview.groups.add(Group.objects.get(name="Freigabe"))
    return team.fachreview


@pytest.mark.django_db
def test_who_approved_an_earlier_stage_cannot_give_the_final_sign_off(
    client, team, submitted, double_role, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        act(client, double_role, submitted)
    assert stage(submitted) == "Freigabe"

    assert actions_offered(client, double_role, submitted) == {"reject"}
    html = client.get(edit_url(submitted)).content.decode()
    assert "Sie haben in diesem Durchlauf bereits „Fachreview“ freigegeben." in html
    act(client, double_role, submitted)  # a crafted POST is refused as well
    submitted.refresh_from_db()
    assert not submitted.live
    assert stage(submitted) == "Freigabe"

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, submitted)
    submitted.refresh_from_db()
    assert submitted.live
    approvers = TaskState.objects.filter(status=TaskState.STATUS_APPROVED, finished_by__isnull=False)
    assert {state.finished_by.username for state in approvers} == {"fachreview", "freigabe"}


@pytest.mark.django_db
def test_a_workflow_can_require_distinct_approvers_for_every_stage(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    """Fachreview → Lektorat → Freigabe: by default one person in Fachreview and
    Lektorat may approve both; with the workflow's rule set, only one of them."""
    workflow = Workflow.objects.get(name="IQ Fact Sheet")
    WorkflowTask.objects.filter(workflow=workflow, task__name="Freigabe").update(sort_order=3)
    WorkflowTask.objects.create(workflow=workflow, task=Task.objects.get(name="Lektorat"), sort_order=2)
    team.fachreview.groups.add(Group.objects.get(name="Lektorat"))

    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, draft_fact_sheet, page_form_data(draft_fact_sheet, user=team.redaktion))
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, draft_fact_sheet)
    assert stage(draft_fact_sheet) == "Lektorat"
    assert actions_offered(client, team.fachreview, draft_fact_sheet) == {"approve", "reject"}, "default: allowed"

    client.force_login(team.outsider)  # Administration
    response = client.post(
        reverse("workflow_rules:add"), {"workflow": workflow.pk, "distinct_approvers": "on"}, follow=True
    )
    assert response.status_code == 200
    assert WorkflowRules.objects.get(workflow=workflow).distinct_approvers

    assert actions_offered(client, team.fachreview, draft_fact_sheet) == {"reject"}
    html = client.get(edit_url(draft_fact_sheet)).content.decode()
    assert "In diesem Workflow gibt jeden Schritt eine andere Person frei." in html
    act(client, team.fachreview, draft_fact_sheet)
    assert stage(draft_fact_sheet) == "Lektorat", "refused"
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.lektorat, draft_fact_sheet)
    assert stage(draft_fact_sheet) == "Freigabe"


@pytest.mark.django_db
def test_an_editor_cannot_change_the_workflow_rules(client, team):
    client.force_login(team.redaktion)
    response = client.get(reverse("workflow_rules:add"))
    assert response.status_code in (302, 403)
    assert not WorkflowRules.objects.exists()
