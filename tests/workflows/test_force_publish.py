"""Publishing without the full review (after GOV.UK Whitehall's force publish),
as administrators and Freigabe act in the admin: only Administration, only
with a written reason; listed on the dashboard until a second person from
Freigabe signs it off; a workflow taken off a listing page is treated alike."""

import html

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.log_actions import registry as log_registry
from wagtail.models import Workflow

import pytest

from pdfexport.models import PdfKind, PublicationPDF
from tests.workflows.form_state import html_form_data, page_form_data
from tests.workflows.journey import audit_trail, current_task_state, dashboard_section, edit_url, save, stage, submit
from tests.workflows.mails import mails_to
from workflows.models import ForcedPublication

REASON = "Die Förderquote im Fact Sheet war falsch; die Korrektur muss vor der Pressekonferenz online sein."

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_review(client, team, draft_fact_sheet, django_capture_on_commit_callbacks):
    """Submitted by Redaktion and waiting for Fachreview; nothing it queued has run."""
    with django_capture_on_commit_callbacks(execute=False):
        submit(client, team.redaktion, draft_fact_sheet, page_form_data(draft_fact_sheet, user=team.redaktion))
        current_task_state(draft_fact_sheet).approve(user=None)  # the automated checks pass
    assert stage(draft_fact_sheet) == "Fachreview"
    mail.outbox.clear()
    draft_fact_sheet.refresh_from_db()
    return draft_fact_sheet


def _force_url(page) -> str:
    return reverse("workflows_admin:force_publish", args=[page.pk])


def _retro_url(record) -> str:
    return reverse("workflows_admin:retro_approve", args=[record.pk])


def _force(client, user, page, reason: str, revision=None):
    client.force_login(user)
    revision = revision or type(page).objects.get(pk=page.pk).get_latest_revision()  # as the form was rendered now
    return client.post(_force_url(page), {"reason": reason, "revision": revision.pk})


def _text(response) -> str:
    return html.unescape(response.content.decode())


def _panel(client, user) -> str:
    return html.unescape(dashboard_section(client, user, "forced-publications-section"))


def _log_count(page) -> int:
    return log_registry.get_logs_for_instance(page).count()


def test_a_force_publish_without_a_reason_is_refused_in_german_and_nothing_changes(
    client, team, in_review, django_capture_on_commit_callbacks
):
    client.force_login(team.outsider)
    form = _text(client.get(_force_url(in_review)))
    assert "Ohne vollständige Prüfung veröffentlichen: IQ Beratung 2023 in Zahlen" in form
    assert 'name="reason"' in form
    logged = _log_count(in_review)

    refusals = (
        ("", "Bitte begründen Sie, warum die Publikation nicht auf die vollständige Prüfung warten kann."),
        ("   \n  ", "Bitte begründen Sie, warum die Publikation nicht auf die vollständige Prüfung warten kann."),
        ("Eilt sehr.", "Die Begründung ist zu kurz (mindestens 20 Zeichen)."),
    )
    with django_capture_on_commit_callbacks(execute=True) as queued:
        for reason, message in refusals:
            response = _force(client, team.outsider, in_review, reason)
            assert response.status_code == 200, reason
            assert message in _text(response), reason

    in_review.refresh_from_db()
    assert not in_review.live
    assert stage(in_review) == "Fachreview", "the review goes on"
    assert not ForcedPublication.objects.exists()
    assert _log_count(in_review) == logged
    assert queued == [] and mail.outbox == []


def test_an_administrator_force_publishes_with_a_reason_and_freigabe_is_mailed_by_the_worker(
    client, team, in_review, django_capture_on_commit_callbacks
):
    client.force_login(team.outsider)
    assert _force_url(in_review) in client.get(edit_url(in_review)).content.decode(), "header action offered"
    submitted = in_review.get_latest_revision()

    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = _force(client, team.outsider, in_review, REASON)
    assert response.status_code == 302 and response.url == edit_url(in_review)

    in_review.refresh_from_db()
    assert in_review.live and in_review.live_revision == submitted
    assert stage(in_review) is None, "the review of this revision is cancelled"
    record = ForcedPublication.objects.get()
    assert (record.kind, record.page_id, record.revision) == ("published", in_review.pk, submitted)
    assert (record.reason, record.acted_by, record.workflow_name) == (REASON, team.outsider, "IQ Fact Sheet")
    assert record.is_open
    trail = audit_trail(in_review)
    assert trail[-3:] == [
        ("workflows.force_publish", "aussen", REASON),
        ("wagtail.workflow.cancel", "aussen", ""),
        ("wagtail.publish", "aussen", ""),
    ]
    history = _text(client.get(reverse("wagtailadmin_pages:history", args=[in_review.pk])))
    assert "Ohne vollständige Prüfung veröffentlicht am Workflow „IQ Fact Sheet“ vorbei" in history
    assert REASON in history
    flag = _text(client.get(edit_url(in_review)))
    assert "Die Live-Fassung wurde ohne vollständige Prüfung veröffentlicht – von aussen am" in flag
    assert "Die nachträgliche Freigabe durch ein anderes Mitglied der Freigabe steht aus." in flag

    # Mailed only once the publish is committed, by the worker.
    assert mail.outbox == []
    for callback in queued:
        callback()
    [message] = mails_to("freigabe")
    assert message.subject == (
        "Ohne vollständige Prüfung veröffentlicht: „IQ Beratung 2023 in Zahlen“ – bitte nachträglich freigeben"
    )
    approve_link = "http://testserver" + _retro_url(record)
    [(html_body, _mimetype)] = message.alternatives
    for body in (message.body, html_body):
        assert "aussen hat am" in body
        assert "Der Workflow „IQ Fact Sheet“ wurde dabei abgebrochen." in body
        assert approve_link in body
    assert REASON in message.body
    assert {tuple(m.to) for m in mail.outbox if "Prüfung veröffentlicht" in m.subject} == {("freigabe@example.org",)}
    # It is a real publication: the worker rendered the live PDF too.
    assert PublicationPDF.objects.filter(revision=submitted, kind=PdfKind.PUBLICATION).exists()


def test_only_administration_may_force_publish_not_editors_reviewers_or_a_superuser(client, team, in_review):
    for user in (team.redaktion, team.fachreview, team.freigabe, team.admin):
        client.force_login(user)
        assert _force_url(in_review) not in client.get(edit_url(in_review)).content.decode(), user
        for response in (client.get(_force_url(in_review)), _force(client, user, in_review, REASON)):
            assert response.status_code == 403, user
            assert "Ohne vollständige Prüfung veröffentlichen dürfen nur Mitglieder der Gruppe „Administration“" in (
                _text(response)
            )
    in_review.refresh_from_db()
    assert not in_review.live
    assert stage(in_review) == "Fachreview"
    assert not ForcedPublication.objects.exists()


def test_a_revision_saved_after_the_form_was_opened_is_not_published_unseen(client, team, in_review):
    seen = in_review.get_latest_revision()
    # A reviewer corrects the draft while the administrator reads the form.
    save(client, team.fachreview, in_review, page_form_data(in_review, user=team.fachreview, title="Neuer Titel"))
    in_review.refresh_from_db()
    assert in_review.get_latest_revision_as_object().title == "Neuer Titel"

    response = _force(client, team.outsider, in_review, REASON, revision=seen)

    assert response.status_code == 200
    assert "Seit Sie das Formular geöffnet haben, wurde eine neuere Fassung gespeichert." in _text(response)
    in_review.refresh_from_db()
    assert not in_review.live
    assert not ForcedPublication.objects.exists()


def test_a_revision_planned_for_later_is_not_force_published(client, team, in_review):
    planned = page_form_data(in_review, user=team.fachreview, go_live_at="2099-03-01 09:00")
    save(client, team.fachreview, in_review, planned)
    in_review.refresh_from_db()
    assert in_review.get_latest_revision_as_object().go_live_at.year == 2099

    response = _force(client, team.outsider, in_review, REASON)

    assert response.status_code == 200
    assert "Die Fassung ist für den 1. März 2099, 09:00 Uhr zur Veröffentlichung geplant." in _text(response)
    assert not ForcedPublication.objects.exists()
    in_review.refresh_from_db()
    assert not in_review.live and in_review.get_latest_revision().approved_go_live_at is None


def test_retrospective_approval_needs_a_second_person_from_freigabe(
    client, team, in_review, django_capture_on_commit_callbacks
):
    publisher = team.outsider
    publisher.groups.add(Group.objects.get(name="Freigabe"))  # an administrator who is in Freigabe too
    with django_capture_on_commit_callbacks(execute=False):
        _force(client, publisher, in_review, REASON)
    record = ForcedPublication.objects.get()

    # The publisher sees it listed but cannot sign off their own action.
    panel = _panel(client, publisher)
    assert "IQ Beratung 2023 in Zahlen" in panel and REASON in panel
    assert _retro_url(record) not in panel
    assert "Sie haben diese Publikation selbst ohne vollständige Prüfung veröffentlicht." in panel
    response = client.post(_retro_url(record), {"comment": "Passt."})
    assert response.status_code == 403
    assert "Nach dem Vier-Augen-Prinzip gibt ein anderes Mitglied der Gruppe „Freigabe“ nachträglich frei." in (
        _text(response)
    )
    # Nor can anyone outside Freigabe, a superuser included; editors do not even see the panel.
    for outsider in (team.redaktion, team.admin):
        client.force_login(outsider)
        response = client.post(_retro_url(record), {"comment": "Passt."})
        assert response.status_code == 403, outsider
        assert "Nachträglich freigeben dürfen nur Mitglieder der Gruppe „Freigabe“" in _text(response)
    assert _panel(client, team.redaktion) == ""
    record.refresh_from_db()
    assert record.is_open

    # A second member of Freigabe signs it off from the dashboard.
    panel = _panel(client, team.freigabe)
    assert _retro_url(record) in panel
    form = _text(client.get(_retro_url(record)))
    assert REASON in form and "aussen" in form
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_retro_url(record), {"comment": "Korrektur fachlich geprüft, in Ordnung."})
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")

    record.refresh_from_db()
    assert record.retro_approved_by == team.freigabe
    assert record.retro_comment == "Korrektur fachlich geprüft, in Ordnung."
    assert _panel(client, team.freigabe) == "", "nothing open: the panel is gone"
    assert _panel(client, publisher) == ""
    trail = audit_trail(in_review)
    assert ("workflows.force_publish", "aussen", REASON) in trail
    assert trail[-1] == ("workflows.force_publish.retro_approve", "freigabe", "Korrektur fachlich geprüft, in Ordnung.")
    history = _text(client.get(reverse("wagtailadmin_pages:history", args=[in_review.pk])))
    assert "Nachträglich freigegeben: ohne vollständige Prüfung veröffentlicht von aussen am" in history
    assert f"Begründung: „{REASON}“" in history
    assert "Michael Brandt" in history
    assert "Nachträglich freigegeben von Michael Brandt am" in _text(client.get(edit_url(in_review)))

    # Signed off once; a second attempt is told so and changes nothing.
    response = client.post(_retro_url(record), {"comment": "Nochmal."}, follow=True)
    assert "Bereits am" in _text(response) and "von Michael Brandt nachträglich freigegeben." in _text(response)
    record.refresh_from_db()
    assert record.retro_comment == "Korrektur fachlich geprüft, in Ordnung."


def test_removing_the_workflow_from_the_listing_page_is_logged_with_the_user_and_listed(
    client, team, fact_sheet_index, django_capture_on_commit_callbacks
):
    workflow = Workflow.objects.get(name="IQ Fact Sheet")
    edit = reverse("wagtailadmin_workflows:edit", args=[workflow.pk])
    client.force_login(team.outsider)
    data = html_form_data(client.get(edit).content.decode(), containing="pages-TOTAL_FORMS")
    # Only the page choosers: another field (a row's id) can hold the same number.
    [prefix] = [
        name.removesuffix("-page")
        for name, value in data.items()
        if name.endswith("-page") and value == [str(fact_sheet_index.pk)]
    ]
    data[f"{prefix}-DELETE"] = ["on"]  # the editor's "Löschen" next to the page

    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = client.post(edit, data)
    assert response.status_code == 302, _text(response)
    assert fact_sheet_index.get_workflow() is None

    record = ForcedPublication.objects.get()
    assert (record.kind, record.page_id, record.acted_by) == ("workflow_removed", fact_sheet_index.pk, team.outsider)
    assert record.workflow_name == "IQ Fact Sheet"
    assert audit_trail(fact_sheet_index)[-1][:2] == ("workflows.workflow_removed", "aussen")
    panel = _panel(client, team.freigabe)
    assert "IQ Fact Sheets" in panel and "Workflow entfernt" in panel and "aussen" in panel
    assert _retro_url(record) in panel
    listing = _text(client.get(edit_url(fact_sheet_index)))
    assert "Der Workflow „IQ Fact Sheet“ wurde am" in listing and "von aussen von dieser Seite entfernt." in listing

    for callback in queued:
        callback()
    [message] = mails_to("freigabe")
    assert message.subject == "Workflow entfernt: „IQ Fact Sheet“ gilt nicht mehr für „IQ Fact Sheets“"
    assert "aussen hat am" in message.body and "Die Seiten darunter können nun ohne Prüfung veröffentlicht werden." in (
        message.body
    )

    client.force_login(team.freigabe)
    client.post(_retro_url(record), {"comment": ""})
    record.refresh_from_db()
    assert not record.is_open
    assert audit_trail(fact_sheet_index)[-1][:2] == ("workflows.force_publish.retro_approve", "freigabe")


def test_disabling_the_workflow_is_listed_for_each_page_it_covered(client, team, fact_sheet_index):
    workflow = Workflow.objects.get(name="IQ Fact Sheet")
    client.force_login(team.outsider)

    response = client.post(reverse("wagtailadmin_workflows:disable", args=[workflow.pk]))

    assert response.status_code == 302
    record = ForcedPublication.objects.get()
    assert (record.kind, record.page_id, record.acted_by) == ("workflow_disabled", fact_sheet_index.pk, team.outsider)
    assert "Workflow deaktiviert" in _panel(client, team.freigabe)


def test_deleting_a_listing_page_takes_its_workflow_along_without_a_record(team, fact_sheet_index):
    fact_sheet_index.delete()
    assert not ForcedPublication.objects.exists()
