"""Only the project's review task types can become stages.

Before the fix, an administrator could add Wagtail's plain group approval,
which has no four-eyes rule, from the workflow editor.
"""

from django.urls import reverse

from wagtail.models import GroupApprovalTask, Task

import pytest

from workflows.models import AutomatedChecksTask, FourEyesApprovalTask, QuorumApprovalTask
from workflows.task_types import task_type_allowed


@pytest.mark.django_db
def test_the_task_type_choice_offers_only_our_review_stages(client, team):
    client.force_login(team.outsider)  # Administration
    html = client.get(reverse("wagtailadmin_workflows:select_task_type")).content.decode()
    for model in (AutomatedChecksTask, FourEyesApprovalTask, QuorumApprovalTask):
        assert str(model._meta.verbose_name) in html
    assert "workflows/tasks/add/wagtailcore/groupapprovaltask/" not in html

    chooser = client.get(reverse("wagtailadmin_workflows:task_chooser")).content.decode()
    assert "groupapprovaltask" not in chooser.lower()


@pytest.mark.django_db
def test_creating_a_plain_group_approval_by_url_is_refused(client, team, roles):
    client.force_login(team.outsider)
    url = "/admin/workflows/tasks/add/wagtailcore/groupapprovaltask/"
    assert client.get(url).status_code == 404
    response = client.post(url, {"name": "Ohne Vier Augen", "groups": [roles["Freigabe"].pk]})
    assert response.status_code == 404
    assert not GroupApprovalTask.objects.filter(name="Ohne Vier Augen").exists()

    ours = "/admin/workflows/tasks/add/workflows/foureyesapprovaltask/"
    assert client.get(ours).status_code == 200


@pytest.mark.django_db
def test_existing_plain_group_approvals_are_retired_and_not_offered_to_choose(client, team):
    assert not GroupApprovalTask.objects.filter(active=True).exists()
    client.force_login(team.outsider)
    chooser = client.get(reverse("wagtailadmin_workflows:task_chooser")).content.decode()
    for task in GroupApprovalTask.objects.all():
        assert task.name not in chooser
    assert all(task_type_allowed(task.specific_class) for task in Task.objects.filter(active=True))
