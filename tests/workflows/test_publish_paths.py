"""Every way to publish a page is refused while a workflow covers it.

Before the fix, Freigabe published a draft waiting at Fachreview through the
admin API's ``action/publish/`` and silently cancelled its workflow.
"""

import datetime

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.log_actions import registry as log_registry
from wagtail.models import Page, WorkflowState

import pytest

from tests.workflows.form_state import page_form_data
from tests.workflows.journey import stage
from workflows.publish_guard import PublishRefused

REFUSED = "gehen nur über den Workflow „IQ Fact Sheet“ online"


def assert_untouched(page: Page) -> None:
    page.refresh_from_db()
    assert not page.live
    assert page.live_revision is None
    assert stage(page) == "Fachreview", "the workflow goes on"
    assert not WorkflowState.objects.filter(status=WorkflowState.STATUS_CANCELLED).exists()


@pytest.mark.django_db
def test_the_admin_api_publish_action_is_refused(client, team, submitted):
    client.force_login(team.freigabe)
    response = client.post(f"/admin/api/main/pages/{submitted.pk}/action/publish/", content_type="application/json")
    assert response.status_code == 403
    assert REFUSED in response.json()["detail"]
    assert_untouched(submitted)


@pytest.mark.django_db
def test_revert_and_publish_saves_a_draft_and_says_why(client, team, submitted):
    first = submitted.get_latest_revision()
    submitted.title = "Zwischenstand"
    submitted.save_revision(user=team.redaktion)
    # The Fachreview stage locks the page for everyone outside it but superusers.
    client.force_login(team.admin)
    form = page_form_data(submitted, user=team.admin, title="Alter Titel zurück")
    revert_url = reverse("wagtailadmin_pages:revisions_revert", args=[submitted.pk, first.pk])
    response = client.post(revert_url, {**form, "action-publish": "action-publish"}, follow=True)
    assert REFUSED in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.get_latest_revision_as_object().title == "Alter Titel zurück", "the edit is kept as a draft"
    assert not submitted.live


@pytest.mark.django_db
def test_copy_and_publish_is_refused_and_nothing_is_copied(client, team, submitted, fact_sheet_index):
    client.force_login(team.freigabe)
    pages_before = Page.objects.count()
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[submitted.pk]),
        {
            "new_title": "Kopie",
            "new_slug": "kopie",
            "new_parent_page": fact_sheet_index.pk,
            "publish_copies": "on",
        },
        follow=True,
    )
    assert REFUSED in response.content.decode()
    assert Page.objects.count() == pages_before
    assert_untouched(submitted)


@pytest.mark.django_db
def test_copying_as_a_draft_still_works(client, team, submitted, fact_sheet_index):
    client.force_login(team.freigabe)
    client.post(
        reverse("wagtailadmin_pages:copy", args=[submitted.pk]),
        {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": fact_sheet_index.pk},
    )
    copy = Page.objects.get(slug="kopie")
    assert not copy.live


@pytest.mark.django_db
def test_scheduled_publishing_of_an_unapproved_revision_is_refused_and_logged(team, submitted):
    revision = submitted.get_latest_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=5)
    revision.save(update_fields=["approved_go_live_at"])

    call_command("publish_scheduled")

    assert_untouched(submitted)
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None
    logged = log_registry.get_logs_for_instance(submitted).filter(action="workflows.schedule_refused").get()
    assert REFUSED in logged.data["reason"]


@pytest.mark.django_db
def test_code_that_publishes_directly_is_refused_too(team, submitted):
    with pytest.raises(PublishRefused, match=REFUSED):
        submitted.get_latest_revision().publish(user=team.freigabe)
    with pytest.raises(PublishRefused):
        submitted.specific.save_revision().publish()
    submitted.refresh_from_db()
    assert not submitted.live


@pytest.mark.django_db
def test_a_page_outside_any_workflow_publishes_as_before(client, team, legal_pages):
    imprint = legal_pages["imprint"]
    imprint.save_revision(user=team.admin).publish(user=team.admin)
    imprint.refresh_from_db()
    assert imprint.live
