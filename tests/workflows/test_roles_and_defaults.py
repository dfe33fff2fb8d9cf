"""What the data migrations leave behind: the roles, the default workflows and
their assignment to the listing pages."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

import pytest

from cms.factories import UserFactory
from workflows.defaults import workflows_ensure
from workflows.models import QuorumApprovalTask
from workflows.roles import roles_ensure

pytestmark = pytest.mark.django_db


def _page_permissions(name: str) -> set[str]:
    return set(
        GroupPagePermission.objects.filter(group__name=name, page__depth=1).values_list(
            "permission__codename", flat=True
        )
    )


def test_the_migrations_created_the_six_roles_and_retired_wagtails_defaults():
    assert set(Group.objects.values_list("name", flat=True)) == {
        "Redaktion",
        "Fachreview",
        "Lektorat",
        "Freigabe",
        "Beratungsgremium",
        "Administration",
    }
    assert "publish_page" not in _page_permissions("Redaktion")
    assert {"add_page", "change_page"} <= _page_permissions("Redaktion")
    assert _page_permissions("Fachreview") == _page_permissions("Beratungsgremium") == {"change_page"}
    assert "publish_page" in _page_permissions("Freigabe"), "to withdraw a publication"
    administration = Group.objects.get(name="Administration")
    assert {"change_group", "change_workflow", "change_user"} <= set(
        administration.permissions.values_list("codename", flat=True)
    )
    redaktion = set(Group.objects.get(name="Redaktion").permissions.values_list("codename", flat=True))
    assert {"access_admin", "add_fundingnotice", "change_targetgroup"} <= redaktion
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


def test_the_migrations_created_one_workflow_per_publication_type_with_its_stages():
    stages = {
        workflow.name: [task.name for task in workflow.tasks] for workflow in Workflow.objects.filter(active=True)
    }
    assert stages == {
        "IQ konkret": ["Automatische Prüfungen", "Fachreview", "Lektorat", "Freigabe"],
        "IQ Fact Sheet": ["Automatische Prüfungen", "Fachreview", "Lektorat (EN)", "Freigabe"],
        "Themendossier": ["Automatische Prüfungen", "Fachreview und Lektorat", "Freigabe"],
        "IQ Good Practice": ["Automatische Prüfungen", "Fachreview", "Lektorat (EN)", "Beratungsgremium", "Freigabe"],
    }
    joint = QuorumApprovalTask.objects.get(name="Fachreview und Lektorat")
    assert joint.require_every_group and {g.name for g in joint.groups.all()} == {"Fachreview", "Lektorat"}
    board = QuorumApprovalTask.objects.get(name="Beratungsgremium")
    assert board.required_approvals == 2 and [g.name for g in board.groups.all()] == ["Beratungsgremium"]


def test_every_listing_page_gets_its_workflow_when_it_is_created(
    home_page, fact_sheet_index, magazine_archive, dossier_index, good_practice_index
):
    listings = {
        "IQ Fact Sheet": fact_sheet_index,
        "IQ konkret": magazine_archive,
        "Themendossier": dossier_index,
        "IQ Good Practice": good_practice_index,
    }
    for name, listing in listings.items():
        assert WorkflowPage.objects.get(page=listing).workflow.name == name
    assert home_page.get_workflow() is None, "the home and legal pages publish without review"


def test_running_the_ensure_functions_again_duplicates_nothing(fact_sheet_index):
    """seed_demo and the test baseline run them again after the migrations."""

    def counts():
        return (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            Workflow.objects.count(),
            WorkflowPage.objects.count(),
            QuorumApprovalTask.objects.count(),
        )

    before = counts()
    roles_ensure()
    workflows_ensure()
    assert counts() == before


def test_administration_edits_roles_and_workflows_in_the_admin(client):
    client.force_login(UserFactory(administration=True))
    group = Group.objects.get(name="Lektorat")
    workflow = Workflow.objects.get(name="IQ konkret")
    for url in (
        "/admin/groups/",
        f"/admin/groups/edit/{group.pk}/",
        "/admin/workflows/list/",
        f"/admin/workflows/edit/{workflow.pk}/",
        "/admin/workflows/tasks/index/",
    ):
        assert client.get(url).status_code == 200, url
    for role in ("editor", "freigabe"):
        client.force_login(UserFactory(**{role: True}))
        assert client.get(f"/admin/workflows/edit/{workflow.pk}/").status_code == 302, role


def test_a_quorum_stage_without_any_required_approval_is_refused_in_the_admin(client):
    client.force_login(UserFactory(administration=True))
    url = reverse("wagtailadmin_workflows:add_task", args=("workflows", "quorumapprovaltask"))
    board = Group.objects.get(name="Beratungsgremium")
    form = {"name": "Beirat", "groups": [board.pk], "required_approvals": "0", "duration_days": "5"}

    response = client.post(url, form)
    assert response.status_code == 200
    assert "required_approvals" in response.context["form"].errors
    assert not QuorumApprovalTask.objects.filter(name="Beirat").exists()

    assert client.post(url, {**form, "required_approvals": "3"}).status_code == 302
    assert QuorumApprovalTask.objects.get(name="Beirat").votes_needed() == 3
