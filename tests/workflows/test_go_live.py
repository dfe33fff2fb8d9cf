"""A publication planned for a go-live date: reviewers see the date before they
decide (dashboard, editor, e-mail), and the final mail says when it goes live
instead of announcing it as published."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.formats import date_format

import pytest
import time_machine

from factsheets.factories import FactSheetPageFactory
from tests.workflows.journey import act, dashboard_section, edit_url, submit_past_checks
from tests.workflows.mails import html_body, mails_to

pytestmark = pytest.mark.django_db


def _planned(*, days: int) -> datetime.datetime:
    """A go-live date as the editor picks it: local time, whole minutes."""
    return timezone.localtime(timezone.now() + datetime.timedelta(days=days)).replace(second=0, microsecond=0)


def _german(moment: datetime.datetime, pattern: str) -> str:
    with translation.override("de"):
        return date_format(timezone.localtime(moment), pattern)


def _submit_planned(client, team, page, capture, *, go_live: datetime.datetime | None) -> None:
    """The editor plans the date in the edit form („Veröffentlichung planen“)
    and submits; the automated checks pass, then Fachreview is asked."""
    planned = go_live.strftime("%Y-%m-%d %H:%M") if go_live else ""
    submit_past_checks(client, team.redaktion, page, capture=capture, go_live_at=planned)


def _dashboard_row(client, user, title: str) -> str:
    panel = dashboard_section(client, user, "my-reviews-section")
    return next(row for row in panel.split("<tr") if title in row)


def test_reviewers_see_the_planned_date_on_the_dashboard_in_the_editor_and_in_their_mail(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    go_live = _planned(days=10)
    _submit_planned(client, team, draft_fact_sheet, django_capture_on_commit_callbacks, go_live=go_live)
    when = f"{_german(go_live, 'j. F Y, H:i')} Uhr"

    row = _dashboard_row(client, team.fachreview, draft_fact_sheet.title)
    assert "Geplante Veröffentlichung: <time datetime=" in row and when in row

    client.force_login(team.fachreview)
    editor = client.get(edit_url(draft_fact_sheet)).content.decode()
    assert f"Geplante Veröffentlichung der eingereichten Fassung: {when}." in editor
    assert "für diesen Zeitpunkt eingeplant, nicht sofort veröffentlicht" in editor

    [message] = mails_to("fachreview")
    for body in (message.body, html_body(message)):
        assert "Geplante Veröffentlichung" in body and when in body


def test_without_a_date_nothing_about_planning_is_shown(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    _submit_planned(client, team, draft_fact_sheet, django_capture_on_commit_callbacks, go_live=None)

    assert "Geplante Veröffentlichung" not in _dashboard_row(client, team.fachreview, draft_fact_sheet.title)
    client.force_login(team.fachreview)
    assert "Geplante Veröffentlichung" not in client.get(edit_url(draft_fact_sheet)).content.decode()
    assert all("Geplante Veröffentlichung" not in message.body for message in mail.outbox)


def test_the_final_approval_schedules_and_the_one_mail_says_when_it_goes_live(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    go_live = _planned(days=10)
    _submit_planned(client, team, draft_fact_sheet, django_capture_on_commit_callbacks, go_live=go_live)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, draft_fact_sheet)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, draft_fact_sheet, comment="Freigegeben.")

    draft_fact_sheet.refresh_from_db()
    assert not draft_fact_sheet.live
    assert draft_fact_sheet.get_latest_revision().approved_go_live_at == go_live
    [message] = mails_to("redaktion")
    assert message.subject == f"Freigegeben, geht am {_german(go_live, 'j. F Y')} online: „{draft_fact_sheet.title}“"
    when = f"{_german(go_live, 'j. F Y')} um {_german(go_live, 'H:i')} Uhr"
    assert f"wird wie geplant am {when} veröffentlicht." in message.body
    assert f"wird wie geplant am <strong>{when}</strong> veröffentlicht." in html_body(message)
    for body in (message.body, html_body(message)):
        assert "ist freigegeben und veröffentlicht" not in body
        assert "/fact-sheets/iq-beratung-2023/" in body

    # On the day, Wagtail's scheduler publishes the approved revision.
    with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
    draft_fact_sheet.refresh_from_db()
    assert draft_fact_sheet.live


def test_a_scheduled_new_version_of_a_live_publication_is_not_announced_as_published(
    client, team, fact_sheet_index, legal_pages, django_capture_on_commit_callbacks
):
    # Regression: ``page.live`` (true for the old version) made the mail say
    # „ist freigegeben und veröffentlicht“ while the new version waited for its date.
    page = FactSheetPageFactory(parent=fact_sheet_index, live=True, title="IQ Beratung 2022", slug="iq-2022")
    # Published before: the old version is the live revision, and later drafts start from it.
    FactSheetPageFactory._meta.model.objects.filter(pk=page.pk).update(live_revision=page.save_revision())
    page.refresh_from_db()
    page.save_revision()
    go_live = _planned(days=3)
    _submit_planned(client, team, page, django_capture_on_commit_callbacks, go_live=go_live)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, page)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, page)

    page.refresh_from_db()
    assert page.live and page.live_revision_id != page.get_latest_revision().pk, "old version stays live"
    [message] = mails_to("redaktion")
    assert not message.subject.startswith("Veröffentlicht")
    assert "ist freigegeben und veröffentlicht" not in message.body
    assert f"am {_german(go_live, 'j. F Y')} um {_german(go_live, 'H:i')} Uhr veröffentlicht" in message.body
    assert "Bis dahin bleibt die bisherige Fassung online." in message.body


def test_a_date_that_has_passed_by_the_final_approval_publishes_at_once(
    client, team, draft_fact_sheet, legal_pages, django_capture_on_commit_callbacks
):
    go_live = _planned(days=1)
    _submit_planned(client, team, draft_fact_sheet, django_capture_on_commit_callbacks, go_live=go_live)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, draft_fact_sheet)
    mail.outbox.clear()

    with time_machine.travel(go_live + datetime.timedelta(days=1)):
        client.force_login(team.freigabe)
        assert "Der Zeitpunkt ist verstrichen" in client.get(edit_url(draft_fact_sheet)).content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            act(client, team.freigabe, draft_fact_sheet)

    draft_fact_sheet.refresh_from_db()
    assert draft_fact_sheet.live
    [message] = mails_to("redaktion")
    assert message.subject == f"Veröffentlicht: „{draft_fact_sheet.title}“"
