"""German workflow e-mails: queued on commit, sent by the worker, one per
recipient, text and HTML, each with a direct link."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.models import Task, Workflow, WorkflowPage, WorkflowTask
from wagtail.users.models import UserProfile

import pytest

from factsheets.factories import FactSheetPageFactory
from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, current_task_state, stage, submit, submit_past_checks
from tests.workflows.mails import html_body, mails_to
from workflows.notifications.events import TASK_STARTED
from workflows.notifications.jobs import send_workflow_notification

BASE = "http://testserver"


@pytest.fixture(autouse=True)
def submitter_reviews_too(team):
    """The submitter is in Fachreview as well, so only the four-eyes rule keeps her off the lists."""
    team.redaktion.groups.add(Group.objects.get(name="Fachreview"))


def _edit_link(page) -> str:
    return BASE + reverse("wagtailadmin_pages:edit", args=(page.pk,))


@pytest.mark.django_db
def test_a_reviewer_action_sends_nothing_inside_the_request_only_after_commit(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    submit_past_checks(client, team.redaktion, draft_fact_sheet, capture=django_capture_on_commit_callbacks)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = act(client, team.fachreview, draft_fact_sheet, comment="Zahlen geprüft.")
    assert response.status_code == 302
    assert stage(draft_fact_sheet) == "Freigabe"
    assert mail.outbox == []
    assert queued

    for callback in queued:
        callback()
    assert len(mails_to("redaktion")) == 1
    assert len(mails_to("freigabe")) == 1


@pytest.mark.django_db
def test_reviewers_of_a_starting_stage_get_a_german_mail_with_the_edit_link(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    submit_past_checks(client, team.redaktion, draft_fact_sheet, capture=django_capture_on_commit_callbacks)

    for reviewer in ("fachreview", "fachreview2"):
        [message] = mails_to(reviewer)
        assert message.subject == "Zur Prüfung: „IQ Beratung 2023 in Zahlen“ (Fachreview)"
        assert message.from_email == settings.DEFAULT_FROM_EMAIL
        assert message.extra_headers["Auto-Submitted"] == "auto-generated"
        for body in (message.body, html_body(message)):
            assert _edit_link(draft_fact_sheet) in body
            assert "wartet seit" in body
            assert "IQ Fact Sheet" in body  # publication type and workflow
            assert "Fachreview" in body
    assert f'href="{_edit_link(draft_fact_sheet)}"' in html_body(mails_to("fachreview")[0])
    # Four-eyes: the submitter is a Fachreview member but is not asked to review her own work.
    assert not [m for m in mails_to("redaktion") if m.subject.startswith("Zur Prüfung")]
    for outside in ("lektorat", "freigabe", "aussen", "admin", "gremium1"):
        assert mails_to(outside) == []
    assert all(len(message.to) == 1 and not message.cc and not message.bcc for message in mail.outbox)


@pytest.mark.django_db
def test_submitter_is_told_when_a_stage_approves_and_where_it_goes_next(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    submit_past_checks(client, team.redaktion, draft_fact_sheet, capture=django_capture_on_commit_callbacks)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, draft_fact_sheet, comment="Zahlen geprüft.")

    [message] = mails_to("redaktion")
    assert message.subject == "Freigegeben im Schritt „Fachreview“: „IQ Beratung 2023 in Zahlen“"
    assert "(von Samir Haddad)" in message.body
    assert "Kommentar:\nZahlen geprüft." in message.body
    assert "Nächster Schritt: „Freigabe“" in message.body
    assert _edit_link(draft_fact_sheet) in message.body and _edit_link(draft_fact_sheet) in html_body(message)
    # The reviewer who acted is not told of their own approval.
    assert mails_to("fachreview") == []


@pytest.mark.django_db
def test_rejection_sends_the_submitter_the_reviewers_comment(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    submit_past_checks(client, team.redaktion, draft_fact_sheet, capture=django_capture_on_commit_callbacks)
    mail.outbox.clear()

    comment = "Die Quelle der Kennzahl fehlt.\nBitte <Stand> & Quelle ergänzen."
    with django_capture_on_commit_callbacks(execute=True):
        response = act(client, team.fachreview, draft_fact_sheet, action="reject", comment=comment)
    assert response.status_code == 302
    assert stage(draft_fact_sheet) == "needs_changes"

    [message] = mails_to("redaktion")
    assert message.subject == "Änderungen angefordert: „IQ Beratung 2023 in Zahlen“ (Fachreview)"
    assert comment in message.body
    assert "Samir Haddad" in message.body
    assert _edit_link(draft_fact_sheet) in message.body
    html = html_body(message)
    assert "Die Quelle der Kennzahl fehlt.<br>Bitte &lt;Stand&gt; &amp; Quelle ergänzen." in html
    assert mails_to("fachreview") == []


@pytest.mark.django_db
def test_a_failed_automated_check_reaches_the_submitter_as_an_itemised_list(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        submit(client, team.redaktion, draft_fact_sheet, page_form_data(draft_fact_sheet, user=team.redaktion))
    findings = "- Förderhinweis fehlt.\n- Bild „foto.jpg“: Alternativtext ist der Dateiname."
    with django_capture_on_commit_callbacks(execute=True):
        current_task_state(draft_fact_sheet).reject(user=None, comment=findings)

    [message] = mails_to("redaktion")
    assert message.subject == "Änderungen angefordert: „IQ Beratung 2023 in Zahlen“ (Automatische Prüfungen)"
    assert "(durch die automatische Prüfung)" in message.body
    assert findings in message.body
    assert "- Förderhinweis fehlt.<br>- Bild „foto.jpg“: Alternativtext ist der Dateiname." in html_body(message)


@pytest.mark.django_db
def test_publication_tells_the_submitter_with_public_and_pdf_links(
    client, team, draft_fact_sheet, legal_pages, django_capture_on_commit_callbacks
):
    submit_past_checks(client, team.redaktion, draft_fact_sheet, capture=django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, draft_fact_sheet)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, draft_fact_sheet, comment="Freigegeben.")
    draft_fact_sheet.refresh_from_db()
    assert draft_fact_sheet.live

    # Only the publication mail: the last stage's approval is part of it.
    [message] = mails_to("redaktion")
    assert message.subject == "Veröffentlicht: „IQ Beratung 2023 in Zahlen“"
    public = f"{BASE}/fact-sheets/iq-beratung-2023/"
    for body in (message.body, html_body(message)):
        assert public in body
        assert public + "pdf/" in body
        assert "Michael Brandt" in body
    assert f'href="{public}pdf/"' in html_body(message)
    assert mail.outbox == [message]


@pytest.mark.django_db
def test_every_mail_has_text_and_html_and_html_escapes_the_title(
    client, team, fact_sheet_index, django_capture_on_commit_callbacks
):
    title = "<script>alert(1)</script> & Zahlen"
    page = FactSheetPageFactory(parent=fact_sheet_index, live=False, title=title, slug="xss")
    page.save_revision()
    submit_past_checks(client, team.redaktion, page, capture=django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, page, action="reject", comment="<img src=x onerror=alert(2)>")

    assert len(mail.outbox) >= 3
    for message in mail.outbox:
        assert message.body.strip()
        html = html_body(message)
        assert "<script>" not in html and "<img" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Zahlen" in html
        # Plain text is not HTML: the title stands as it was written.
        assert title in message.body
        assert title in message.subject


@pytest.mark.django_db
def test_wagtails_english_default_mails_are_not_sent(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    # With Wagtail's receivers, submission alone would mail the superuser and
    # the Fachreview members in English, inside the request.
    with django_capture_on_commit_callbacks(execute=False):
        submit(client, team.redaktion, draft_fact_sheet, page_form_data(draft_fact_sheet, user=team.redaktion))
    assert mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        current_task_state(draft_fact_sheet).approve(user=None)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, draft_fact_sheet, action="reject", comment="Bitte ergänzen.")

    assert mail.outbox
    assert mails_to("admin") == []
    english = ("moderation", "approved", "rejected", "submitted", "has been")
    for message in mail.outbox:
        assert not any(word in (message.subject + message.body).lower() for word in english), message.subject
        assert message.subject.split(":")[0] in {"Zur Prüfung", "Änderungen angefordert", "Veröffentlicht"} or (
            message.subject.startswith("Freigegeben im Schritt")
        )


@pytest.mark.django_db
def test_inactive_addressless_and_opted_out_reviewers_get_nothing(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    team.fachreview2.is_active = False
    team.fachreview2.save()
    team.lektorat.groups.add(Group.objects.get(name="Fachreview"))
    team.lektorat.email = ""
    team.lektorat.save()
    team.gremium1.groups.add(Group.objects.get(name="Fachreview"))
    profile = UserProfile.get_for_user(team.gremium1)
    profile.submitted_notifications = False
    profile.save()

    submit_past_checks(client, team.redaktion, draft_fact_sheet, capture=django_capture_on_commit_callbacks)

    assert [m.to for m in mail.outbox if m.subject.startswith("Zur Prüfung")] == [["fachreview@example.org"]]


@pytest.mark.django_db
def test_a_quorum_stage_notifies_the_members_of_every_group(
    client, team, draft_fact_sheet, fact_sheet_index, django_capture_on_commit_callbacks
):
    workflow = Workflow.objects.create(name="Nur Quorum")
    WorkflowTask.objects.create(workflow=workflow, task=Task.objects.get(name="Fachreview und Lektorat"), sort_order=0)
    WorkflowPage.objects.filter(page=fact_sheet_index).update(workflow=workflow)

    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, draft_fact_sheet, page_form_data(draft_fact_sheet, user=team.redaktion))
    assert stage(draft_fact_sheet) == "Fachreview und Lektorat"

    notified = {m.to[0] for m in mail.outbox if m.subject.startswith("Zur Prüfung")}
    assert notified == {f"{name}@example.org" for name in ("fachreview", "fachreview2", "lektorat", "lektorat2")}


@pytest.mark.django_db
def test_the_job_does_nothing_when_the_task_state_is_gone_or_finished(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    send_workflow_notification.enqueue(event=TASK_STARTED, state_id=987654, actor_id=None)
    submit_past_checks(client, team.redaktion, draft_fact_sheet, capture=django_capture_on_commit_callbacks)
    task_state = current_task_state(draft_fact_sheet)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, draft_fact_sheet)
    mail.outbox.clear()

    # A late job for a stage that has already been decided tells nobody to review it.
    result = send_workflow_notification.enqueue(event=TASK_STARTED, state_id=task_state.pk, actor_id=None)
    assert result.return_value == 0
    assert mail.outbox == []
