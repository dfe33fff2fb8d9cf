"""An IQ konkret issue and its articles through the magazine workflow, as the
demo roles act in the admin: automated checks → Fachreview → Lektorat → Freigabe."""

import pytest

from cms.factories import FundingNoticeFactory, TopicFactory
from pdfexport.models import PdfKind, PublicationPDF
from tests.pdf_inspection import pdf_facts
from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, audit_trail, stage, submit

STAGES = ("Fachreview", "Lektorat", "Freigabe")


def _review(client, team, page, capture):
    """Submit as Redaktion, then each stage approves with a comment."""
    with capture(execute=True):
        response = submit(client, team.redaktion, page, page_form_data(page, user=team.redaktion))
    assert response.status_code == 302
    reviewers = {"Fachreview": team.fachreview, "Lektorat": team.lektorat, "Freigabe": team.freigabe}
    for name in STAGES:
        assert stage(page) == name, audit_trail(page)
        with capture(execute=True):
            act(client, reviewers[name], page, comment=f"{name}: in Ordnung.")
    page.refresh_from_db()
    return page


@pytest.mark.django_db
def test_articles_and_then_the_issue_pass_every_stage_and_the_issue_pdf_is_rendered(
    client, team, issue, legal_pages, django_capture_on_commit_callbacks
):
    issue.funding_notice = FundingNoticeFactory()
    issue.topics.add(TopicFactory(name="Digitalisierung"))
    issue.save()
    issue.save_revision()
    for article in issue.get_children().specific():
        assert _review(client, team, article, django_capture_on_commit_callbacks).live

    issue = _review(client, team, issue.specific, django_capture_on_commit_callbacks)
    assert issue.live

    pdf = PublicationPDF.objects.get(revision=issue.live_revision, kind=PdfKind.PUBLICATION)
    facts = pdf_facts(pdf.file.read())
    assert facts.struct_tree and facts.lang.startswith("de")
    assert "Beratung bleibt Beziehungsarbeit" in facts.text

    trail = audit_trail(issue)
    assert [(action, user) for action, user, _ in trail] == [
        ("wagtail.workflow.start", "redaktion"),
        ("wagtail.workflow.approve", None),
        ("wagtail.workflow.approve", "fachreview"),
        ("wagtail.workflow.approve", "lektorat"),
        ("wagtail.workflow.approve", "freigabe"),
        ("wagtail.publish", "freigabe"),
    ]
    assert [comment for _, user, comment in trail if user in ("fachreview", "lektorat", "freigabe")][:3] == [
        "Fachreview: in Ordnung.",
        "Lektorat: in Ordnung.",
        "Freigabe: in Ordnung.",
    ]
