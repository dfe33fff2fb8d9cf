"""A Themendossier through its workflow: automated checks → Fachreview and
Lektorat in one stage (both must approve) → Freigabe."""

from wagtail.models import TaskState

import pytest

from cms.factories import OrganisationFactory, TopicFactory
from dossiers.factories import DossierPageFactory
from pdfexport.models import PdfKind, PublicationPDF
from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, actions_offered, audit_trail, people_create, stage, submit
from workflows.models import QuorumVote

BOTH = "Fachreview und Lektorat"


@pytest.fixture
def team(roles):
    return people_create()


@pytest.fixture
def dossier(dossier_index, fachstelle, authors, legal_pages):
    page = DossierPageFactory(parent=dossier_index, live=False, fachstelle=fachstelle, authors=authors)
    page.publishers.add(OrganisationFactory())
    page.topics.add(TopicFactory())
    page.save_revision()
    return page


@pytest.fixture
def in_joint_stage(client, team, dossier, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, dossier, page_form_data(dossier, user=team.redaktion))
    assert stage(dossier) == BOTH, audit_trail(dossier)
    return dossier


@pytest.mark.django_db
def test_fachreview_and_lektorat_both_approve_in_one_stage_then_freigabe_publishes(
    client, team, in_joint_stage, django_capture_on_commit_callbacks
):
    dossier = in_joint_stage
    act(client, team.lektorat, dossier, comment="Sprachlich sauber.")
    assert stage(dossier) == BOTH, "Fachreview has not approved yet"
    assert actions_offered(client, team.lektorat2, dossier) == {"approve", "reject"}
    assert actions_offered(client, team.lektorat, dossier) == set(), "one vote per person"

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
    act(client, team.lektorat2, in_joint_stage)
    assert stage(in_joint_stage) == BOTH
    assert actions_offered(client, team.fachreview, in_joint_stage) == {"approve", "reject"}


@pytest.mark.django_db
def test_a_single_request_for_changes_sends_the_dossier_back(client, team, in_joint_stage):
    act(client, team.lektorat, in_joint_stage, comment="Passt.")
    act(client, team.fachreview, in_joint_stage, "reject", comment="Kapitel 2 braucht Quellen.")
    assert stage(in_joint_stage) == "needs_changes"
    rejected = TaskState.objects.get(status=TaskState.STATUS_REJECTED)
    assert rejected.finished_by == team.fachreview
    assert rejected.comment == "Kapitel 2 braucht Quellen."
