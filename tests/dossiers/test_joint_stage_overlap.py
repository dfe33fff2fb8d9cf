"""The joint Fachreview-and-Lektorat stage with people in both groups.

Before the fix, the vote of someone in both groups was booked for the first
group by name; the other group's only member then could not complete the
stage, and the button read "3 von 2".
"""

from django.contrib.auth.models import Group

from wagtail.log_actions import registry as log_registry

import pytest

from tests.dossiers.helpers import JOINT_STAGE
from tests.workflows.journey import act, actions_offered, audit_trail, edit_url, stage
from workflows.models import QuorumVote
from workflows.selectors import reviews_waiting_for


@pytest.fixture
def both_groups(team):
    """Samir Haddad is in Fachreview and in Lektorat; Nora Becker is the only
    other Fachreview member, Jana Krüger the only other Lektorat member."""
    team.fachreview.groups.add(Group.objects.get(name="Lektorat"))
    team.lektorat2.groups.clear()
    return team.fachreview


@pytest.mark.django_db
def test_a_person_in_both_groups_counts_once_for_the_group_still_missing(
    client, team, both_groups, in_joint_stage, django_capture_on_commit_callbacks
):
    act(client, both_groups, in_joint_stage)
    assert stage(in_joint_stage) == JOINT_STAGE
    # The only Fachreview member besides: their approval completes the stage,
    # because Samir's vote can count for Lektorat.
    offered = client.get(edit_url(in_joint_stage)).content.decode()
    assert "3 von 2" not in offered
    assert actions_offered(client, team.fachreview2, in_joint_stage) == {"approve", "reject"}
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview2, in_joint_stage)
    assert stage(in_joint_stage) == "Freigabe"
    booked = {vote.user.username: vote.group.name for vote in QuorumVote.objects.all()}
    assert booked == {"fachreview": "Lektorat", "fachreview2": "Fachreview"}


@pytest.mark.django_db
def test_the_other_order_completes_as_well(
    client, team, both_groups, in_joint_stage, django_capture_on_commit_callbacks
):
    act(client, team.lektorat, in_joint_stage)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, both_groups, in_joint_stage)
    assert stage(in_joint_stage) == "Freigabe"


@pytest.mark.django_db
def test_the_button_and_the_history_say_what_is_still_missing(client, team, both_groups, in_joint_stage):
    act(client, team.fachreview2, in_joint_stage, comment="Fachlich richtig.")
    assert stage(in_joint_stage) == JOINT_STAGE
    client.force_login(team.lektorat)
    html = client.get(edit_url(in_joint_stage)).content.decode()
    assert "Zustimmen (2 von 2)" in html
    assert "Es fehlt noch die Zustimmung von Lektorat." in html

    trail = audit_trail(in_joint_stage)
    assert ("workflows.quorum.approve", "fachreview2", "Fachlich richtig.") in trail
    entry = log_registry.get_logs_for_instance(in_joint_stage).get(action="workflows.quorum.approve")
    assert entry.data["missing"] == ["Lektorat"]
    assert "es fehlt noch: Lektorat" in entry.message
    # Samir's vote can still count, for Lektorat.
    assert actions_offered(client, both_groups, in_joint_stage) == {"approve", "reject"}


@pytest.mark.django_db
def test_meine_pruefungen_agrees_with_the_buttons(client, team, both_groups, in_joint_stage):
    act(client, team.fachreview2, in_joint_stage)

    def listed(user) -> bool:
        return [item.page_id for item in reviews_waiting_for(user=user)] == [in_joint_stage.pk]

    assert listed(team.lektorat), "Lektorat is what is missing"
    assert listed(both_groups), "Samir can count for Lektorat"
    assert not listed(team.fachreview2), "has voted"
    team.redaktion2.groups.add(Group.objects.get(name="Fachreview"))
    assert not listed(team.redaktion2), "a second Fachreview approval would not count"
    client.force_login(team.lektorat)
    html = client.get("/admin/").content.decode()
    assert "Es fehlt noch: Lektorat" in html
