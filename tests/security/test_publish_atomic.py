"""Publishing is one transaction: the live revision, its ``wagtail.publish`` log
entry and the PDF render it queues happen together or not at all.

Before, a ``page_published`` receiver that raised left the revision live with
no log entry (Wagtail saves the page, sends the signal, then logs, without a
transaction), and the editor got a server error.
"""

from django.urls import reverse

from wagtail.models import PageLogEntry, WorkflowPage
from wagtail.signals import page_published

import pytest

from pdfexport.models import PdfKind, PdfRender, PublicationPDF
from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, current_task_state, edit_url, in_review, stage

NOT_PUBLISHED = "wurde nicht veröffentlicht: Beim Veröffentlichen trat ein Fehler auf (RuntimeError)"


@pytest.fixture
def failing_receiver():
    """A receiver connected after the PDF receiver, so that the render was
    already queued when it raises."""

    def fail(sender, **kwargs):
        raise RuntimeError("Empfänger kaputt")

    page_published.connect(fail, dispatch_uid="tests.failing_receiver")
    yield
    page_published.disconnect(dispatch_uid="tests.failing_receiver")


def _at_freigabe(page, *, team):
    """``page`` submitted by Redaktion and approved by Fachreview: Freigabe decides next."""
    in_review(page, submitter=team.redaktion)
    current_task_state(page).approve(user=team.fachreview)
    assert stage(page) == "Freigabe"
    return page.get_latest_revision()


def _publications(revision) -> tuple[int, int]:
    """(render rows, stored PDFs) of the publication kind for ``revision``."""
    renders = PdfRender.objects.filter(revision=revision, kind=PdfKind.PUBLICATION).count()
    return renders, PublicationPDF.objects.filter(revision=revision, kind=PdfKind.PUBLICATION).count()


@pytest.mark.django_db
def test_a_failing_receiver_rolls_the_first_publish_back_and_the_editor_is_told(
    client, team, draft_fact_sheet, failing_receiver, django_capture_on_commit_callbacks
):
    page = draft_fact_sheet
    revision = _at_freigabe(page, team=team)

    # Whatever was queued on commit runs, as the worker would run it.
    with django_capture_on_commit_callbacks(execute=True):
        response = act(client, team.freigabe, page, comment="Freigegeben.")

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=(page.pk,))
    shown = client.get(response.url).content.decode()
    assert NOT_PUBLISHED in shown and "Es wurde nichts geändert" in shown
    page.refresh_from_db()
    assert (page.live, page.live_revision_id) == (False, None)
    assert not PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()
    assert _publications(revision) == (0, 0), "no render queued for a publish that did not happen"
    # The approval was part of the same transaction: Freigabe can simply approve again.
    assert stage(page) == "Freigabe"
    assert not PageLogEntry.objects.filter(page=page, action="wagtail.workflow.approve", user=team.freigabe).exists()


@pytest.mark.django_db
def test_a_failing_receiver_leaves_the_live_revision_of_a_published_page_as_it_was(
    client, team, published_fact_sheet, failing_receiver, django_capture_on_commit_callbacks
):
    page = published_fact_sheet
    live_revision_id, live_title = page.live_revision_id, page.title
    publish_entries = PageLogEntry.objects.filter(page=page, action="wagtail.publish").count()
    page.title = "Korrigierte Fassung"
    revision = _at_freigabe(page, team=team)

    with django_capture_on_commit_callbacks(execute=True):
        response = act(client, team.freigabe, page)

    assert response.status_code == 302
    assert NOT_PUBLISHED in client.get(response.url).content.decode()
    page.refresh_from_db()
    assert (page.live, page.live_revision_id, page.title) == (True, live_revision_id, live_title)
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").count() == publish_entries
    assert _publications(revision) == (0, 0)
    assert client.get(page.url).status_code == 200


@pytest.mark.django_db
def test_publishing_from_the_edit_view_is_rolled_back_too(
    client, team, published_fact_sheet, fact_sheet_index, failing_receiver, django_capture_on_commit_callbacks
):
    """Without a workflow (an administrator removed it), Administration publishes
    from the edit view, where Wagtail has no transaction around the publish:
    the path on which the revision went live without its log entry."""
    WorkflowPage.objects.filter(page=fact_sheet_index).delete()
    page = published_fact_sheet
    live_revision_id, live_title = page.live_revision_id, page.title
    publish_entries = PageLogEntry.objects.filter(page=page, action="wagtail.publish").count()
    client.force_login(team.outsider)
    form = page_form_data(page, user=team.outsider, title="Direkt veröffentlicht")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(page), {**form, "action-publish": "action-publish"})

    assert response.status_code == 302 and response.url == edit_url(page)
    assert NOT_PUBLISHED in client.get(response.url).content.decode()
    page.refresh_from_db()
    assert (page.live, page.live_revision_id, page.title) == (True, live_revision_id, live_title)
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").count() == publish_entries
    draft = page.get_latest_revision()
    assert draft.pk != live_revision_id, "the edit is kept as a draft"
    assert draft.as_object().title == "Direkt veröffentlicht"
    assert _publications(draft) == (0, 0)


@pytest.mark.django_db
def test_the_admin_api_answers_a_rolled_back_publish_with_409_and_the_reason(
    client, team, published_fact_sheet, fact_sheet_index, failing_receiver
):
    WorkflowPage.objects.filter(page=fact_sheet_index).delete()
    page = published_fact_sheet
    live_revision_id = page.live_revision_id
    page.title = "Über die Programmierschnittstelle"
    page.save_revision(user=team.outsider)
    client.force_login(team.outsider)

    url = f"/admin/api/main/pages/{page.pk}/action/publish/"
    response = client.post(url, content_type="application/json", HTTP_ACCEPT="application/json")

    assert response.status_code == 409
    assert NOT_PUBLISHED in response.json()["detail"]
    page.refresh_from_db()
    assert page.live_revision_id == live_revision_id


@pytest.mark.django_db
def test_without_a_failing_receiver_all_three_happen(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    page = draft_fact_sheet
    revision = _at_freigabe(page, team=team)

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, page)

    page.refresh_from_db()
    assert page.live and page.live_revision_id == revision.pk
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish", revision=revision).exists()
    assert _publications(revision) == (1, 1)
