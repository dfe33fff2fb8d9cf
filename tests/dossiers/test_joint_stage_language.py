"""A quorum stage for English editions only: the German dossier skips it.

The joint stage „Fachreview und Lektorat“ is a quorum stage; set to „nur
englische Fassungen“, a German dossier goes from the checks straight to
Freigabe, with no vote taken and nobody of either group asked.
"""

from wagtail.models import TaskState

import pytest

from tests.dossiers.helpers import JOINT_STAGE
from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, stage, submit
from workflows.models import QuorumApprovalTask


@pytest.mark.django_db
def test_a_joint_stage_for_english_editions_is_skipped_by_the_german_dossier(
    client, team, dossier, django_capture_on_commit_callbacks, mailoutbox
):
    QuorumApprovalTask.objects.filter(name=JOINT_STAGE).update(language="en")
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, dossier, page_form_data(dossier, user=team.redaktion))
    assert stage(dossier) == "Freigabe"
    [skipped] = TaskState.objects.filter(task__name=JOINT_STAGE)
    assert skipped.status == TaskState.STATUS_SKIPPED
    assert skipped.comment == "Übersprungen: Gilt nur für englische Fassungen."
    assert not skipped.quorum_votes.exists()
    asked = {address for message in mailoutbox if message.subject.startswith("Zur Prüfung") for address in message.to}
    assert asked == {"freigabe@example.org"}

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, dossier)
    dossier.refresh_from_db()
    assert dossier.live
