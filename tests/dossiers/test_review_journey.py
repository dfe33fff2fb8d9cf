"""A Themendossier through its workflow: automated checks → Fachreview and
Lektorat in one stage (both must approve) → Freigabe."""

from wagtail.models import TaskState

import pytest

from pdfexport.models import PdfKind, PublicationPDF
from tests.dossiers.helpers import JOINT_STAGE
from tests.workflows.journey import act, actions_offered, audit_trail, stage
from workflows.models import QuorumVote


@pytest.mark.django_db
def test_fachreview_and_lektorat_both_approve_in_one_stage_then_freigabe_publishes(
    client, team, in_joint_stage, django_capture_on_commit_callbacks
):
    dossier = in_joint_stage
    act(client, team.lektorat, dossier, comment="Sprachlich sauber.")
    assert stage(dossier) == JOINT_STAGE, "Fachreview has not approved yet"
    # Lektorat has approved; a second Lektorat approval would not count.
    assert actions_offered(client, team.lektorat2, dossier) == {"reject"}
    assert actions_offered(client, team.lektorat, dossier) == {"reject"}, "one approval per person"

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, dossier, comment="Fachlich richtig.")
    assert stage(dossier) == "Freigabe"
    votes = QuorumVote.objects.order_by("created_at")
    assert [(v.user.username, v.group.name, v.decision, v.comment) for v in votes] == [
        ("lektorat", "Lektorat", "approve", "Sprachlich sauber."),
        ("fachreview", "Fachreview", "approve", "Fachlich richtig."),
    ]
    assert all(vote.created_at for vote in votes)

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, dossier, comment="Freigegeben.")
    dossier.refresh_from_db()
    assert dossier.live
    assert PublicationPDF.objects.filter(revision=dossier.live_revision, kind=PdfKind.PUBLICATION).exists()
    trail = audit_trail(dossier)
    assert ("workflows.quorum.approve", "lektorat", "Sprachlich sauber.") in trail
    assert ("wagtail.workflow.approve", "fachreview", "Fachlich richtig.") in trail
    assert ("wagtail.publish", "freigabe", "") in trail


@pytest.mark.django_db
def test_two_approvals_from_the_same_group_do_not_complete_the_joint_stage(client, team, in_joint_stage):
    act(client, team.lektorat, in_joint_stage)
    # A second Lektorat approval would not count: Fachreview is what is missing.
    assert actions_offered(client, team.lektorat2, in_joint_stage) == {"reject"}
    act(client, team.lektorat2, in_joint_stage)
    assert stage(in_joint_stage) == JOINT_STAGE
    assert actions_offered(client, team.fachreview, in_joint_stage) == {"approve", "reject"}


@pytest.mark.django_db
def test_a_single_request_for_changes_sends_the_dossier_back(client, team, in_joint_stage):
    act(client, team.lektorat, in_joint_stage, comment="Passt.")
    act(client, team.fachreview, in_joint_stage, "reject", comment="Kapitel 2 braucht Quellen.")
    assert stage(in_joint_stage) == "needs_changes"
    rejected = TaskState.objects.get(status=TaskState.STATUS_REJECTED)
    assert rejected.finished_by == team.fachreview
    assert rejected.comment == "Kapitel 2 braucht Quellen."
