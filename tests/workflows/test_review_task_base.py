"""The human review stages are found through their shared base, never by listing types."""

from wagtail.models import Task

import pytest

from goodpractice.models import BoardSelectionTask
from workflows.models import AutomatedChecksTask, FourEyesApprovalTask, QuorumApprovalTask
from workflows.models.review_task import ReviewTaskMixin, review_task_models, review_tasks_q


def test_every_human_stage_shares_the_review_base_and_the_checks_do_not():
    assert set(review_task_models()) == {FourEyesApprovalTask, QuorumApprovalTask, BoardSelectionTask}
    assert not issubclass(AutomatedChecksTask, ReviewTaskMixin)


@pytest.mark.django_db
def test_the_review_filter_finds_the_stages_of_a_group_and_only_active_ones_when_asked():
    names = set(Task.objects.filter(review_tasks_q(field="pk")).values_list("name", flat=True))
    assert {"Fachreview", "Lektorat", "Freigabe", "Beratungsgremium"} <= names
    assert "Automatische Prüfungen" not in names

    fachreview = FourEyesApprovalTask.objects.get(name="Fachreview")
    groups = list(fachreview.groups.all())
    by_group = set(Task.objects.filter(review_tasks_q(groups=groups, field="pk")).values_list("name", flat=True))
    assert "Fachreview" in by_group and "Freigabe" not in by_group

    fachreview.active = False
    fachreview.save()
    active = Task.objects.filter(review_tasks_q(groups=groups, active=True, field="pk"))
    assert "Fachreview" not in set(active.values_list("name", flat=True))
