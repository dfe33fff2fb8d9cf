"""A publication planned for a go-live date: reviewers see the date before they
decide (dashboard, editor, e-mail), and the final mail says when it goes live
instead of announcing it as published."""

import datetime
import re

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

import pytest
import time_machine

from factsheets.factories import FactSheetPageFactory
from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, current_task_state, edit_url, stage, submit

pytestmark = pytest.mark.django_db


def _to(username: str) -> list:
    return [message for message in mail.outbox if message.to == [f"{username}@example.org"]]


def _html(message) -> str:
    return message.alternatives[0][0]


def _planned(*, days: int) -> datetime.datetime:
    """A go-live date as the editor picks it: local time, whole minutes."""
    return timezone.localtime(timezone.now() + datetime.timedelta(days=days)).replace(second=0, microsecond=0)


def _german(moment: datetime.datetime, pattern: str) -> str:
    with translation.override("de"):
        return date_format(timezone.localtime(moment), pattern)


def _submit_planned(client, people, page, capture, *, go_live: datetime.datetime | None) -> None:
    """The editor plans the date in the edit form („Veröffentlichung planen“)
    and submits; the automated checks pass (their own tests run them), then
    Fachreview is asked."""
    planned = go_live.strftime("%Y-%m-%d %H:%M") if go_live else ""
    form = page_form_data(page, user=people.redaktion, go_live_at=planned)
    with capture(execute=False) as queued:
        response = submit(client, people.redaktion, page, form)
    assert response.status_code == 302
    with capture(execute=True):
        current_task_state(page).approve(user=None)
    for callback in queued:
        callback()
    assert stage(page) == "Fachreview"


def _dashboard_row(client, user, title: str) -> str:
    client.force_login(user)
    panel = re.search(
        r'id="my-reviews-section".*?</section>', client.get(reverse("wagtailadmin_home")).content.decode(), re.S
    ).group(0)
    return next(row for row in panel.split("<tr") if title in row)


def test_reviewers_see_the_planned_date_on_the_dashboard_in_the_editor_and_in_their_mail(
    client, people, fact_sheet, django_capture_on_commit_callbacks
):
    go_live = _planned(days=10)
    _submit_planned(client, people, fact_sheet, django_capture_on_commit_callbacks, go_live=go_live)
    when = f"{_german(go_live, 'j. F Y, H:i')} Uhr"

    row = _dashboard_row(client, people.fachreview, fact_sheet.title)
    assert "Geplante Veröffentlichung: <time datetime=" in row and when in row

    client.force_login(people.fachreview)
    editor = client.get(edit_url(fact_sheet)).content.decode()
    assert f"Geplante Veröffentlichung der eingereichten Fassung: {when}." in editor
    assert "für diesen Zeitpunkt eingeplant, nicht sofort veröffentlicht" in editor

    [message] = _to("fachreview")
    for body in (message.body, _html(message)):
        assert "Geplante Veröffentlichung" in body and when in body


def test_without_a_date_nothing_about_planning_is_shown(client, people, fact_sheet, django_capture_on_commit_callbacks):
    _submit_planned(client, people, fact_sheet, django_capture_on_commit_callbacks, go_live=None)

    assert "Geplante Veröffentlichung" not in _dashboard_row(client, people.fachreview, fact_sheet.title)
    client.force_login(people.fachreview)
    assert "Geplante Veröffentlichung" not in client.get(edit_url(fact_sheet)).content.decode()
    assert all("Geplante Veröffentlichung" not in message.body for message in mail.outbox)


def test_the_final_approval_schedules_and_the_one_mail_says_when_it_goes_live(
    client, people, fact_sheet, django_capture_on_commit_callbacks
):
    go_live = _planned(days=10)
    _submit_planned(client, people, fact_sheet, django_capture_on_commit_callbacks, go_live=go_live)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, people.fachreview, fact_sheet)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        act(client, people.freigabe, fact_sheet, comment="Freigegeben.")

    fact_sheet.refresh_from_db()
    assert not fact_sheet.live
    assert fact_sheet.get_latest_revision().approved_go_live_at == go_live
    [message] = _to("redaktion")
    assert message.subject == f"Freigegeben, geht am {_german(go_live, 'j. F Y')} online: „{fact_sheet.title}“"
    when = f"{_german(go_live, 'j. F Y')} um {_german(go_live, 'H:i')} Uhr"
    assert f"wird wie geplant am {when} veröffentlicht." in message.body
    assert f"wird wie geplant am <strong>{when}</strong> veröffentlicht." in _html(message)
    for body in (message.body, _html(message)):
        assert "ist freigegeben und veröffentlicht" not in body
        assert "/fact-sheets/iq-beratung-2023/" in body

    # On the day, Wagtail's scheduler publishes the approved revision.
    with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
    fact_sheet.refresh_from_db()
    assert fact_sheet.live


def test_a_scheduled_new_version_of_a_live_publication_is_not_announced_as_published(
    client, people, fact_sheet_index, legal_pages, django_capture_on_commit_callbacks
):
    # Regression: ``page.live`` (true for the old version) made the mail say
    # „ist freigegeben und veröffentlicht“ while the new version waited for its date.
    page = FactSheetPageFactory(parent=fact_sheet_index, live=True, title="IQ Beratung 2022", slug="iq-2022")
    # Published before: the old version is the live revision, and later drafts start from it.
    FactSheetPageFactory._meta.model.objects.filter(pk=page.pk).update(live_revision=page.save_revision())
    page.refresh_from_db()
    page.save_revision()
    go_live = _planned(days=3)
    _submit_planned(client, people, page, django_capture_on_commit_callbacks, go_live=go_live)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, people.fachreview, page)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        act(client, people.freigabe, page)

    page.refresh_from_db()
    assert page.live and page.live_revision_id != page.get_latest_revision().pk, "old version stays live"
    [message] = _to("redaktion")
    assert not message.subject.startswith("Veröffentlicht")
    assert "ist freigegeben und veröffentlicht" not in message.body
    assert f"am {_german(go_live, 'j. F Y')} um {_german(go_live, 'H:i')} Uhr veröffentlicht" in message.body
    assert "Bis dahin bleibt die bisherige Fassung online." in message.body


def test_a_date_that_has_passed_by_the_final_approval_publishes_at_once(
    client, people, fact_sheet, legal_pages, django_capture_on_commit_callbacks
):
    go_live = _planned(days=1)
    _submit_planned(client, people, fact_sheet, django_capture_on_commit_callbacks, go_live=go_live)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, people.fachreview, fact_sheet)
    mail.outbox.clear()

    with time_machine.travel(go_live + datetime.timedelta(days=1)):
        client.force_login(people.freigabe)
        assert "Der Zeitpunkt ist verstrichen" in client.get(edit_url(fact_sheet)).content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            act(client, people.freigabe, fact_sheet)

    fact_sheet.refresh_from_db()
    assert fact_sheet.live
    [message] = _to("redaktion")
    assert message.subject == f"Veröffentlicht: „{fact_sheet.title}“"
