"""Immediate mails or a daily digest: each person chooses in their account
settings; ``manage.py workflow_digest`` sends the digest once a day."""

import datetime
import io
import zoneinfo

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command
from django.urls import reverse

import pytest
import time_machine

from tests.workflows.form_state import html_form_data
from tests.workflows.journey import act, submit_past_checks
from tests.workflows.mails import mails_to
from workflows.models import DigestEntry, NotificationPreference

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
MONDAY_MORNING = datetime.datetime(2027, 3, 1, 9, 0, tzinfo=BERLIN)
DELIVERY = "workflow_delivery-delivery"


class RefusingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("SMTP nicht erreichbar")


def _account_form(client) -> dict[str, list[str]]:
    """The account settings form as the browser would send it unchanged."""
    return html_form_data(client.get(reverse("wagtailadmin_account")).content.decode(), containing=DELIVERY)


def _choose(client, user, delivery: str):
    client.force_login(user)
    form = _account_form(client)
    return client.post(reverse("wagtailadmin_account"), {**form, DELIVERY: delivery})


def _digest(*args) -> str:
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("workflow_digest", *args, stdout=stdout, stderr=stderr)
    return stdout.getvalue() + stderr.getvalue()


def test_each_person_chooses_in_the_german_account_settings(client, team):
    client.force_login(team.redaktion)
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    assert "Zustellung der Workflow-E-Mails" in html
    assert "Wie möchten Sie die E-Mails der Prüf-Workflows erhalten?" in html
    assert "Sofort: jede Benachrichtigung als eigene E-Mail" in html
    assert "Tägliche Zusammenfassung" in html

    response = _choose(client, team.redaktion, NotificationPreference.DAILY)

    assert response.status_code == 302
    assert NotificationPreference.objects.get(user=team.redaktion).delivery == NotificationPreference.DAILY
    assert _account_form(client)[DELIVERY] == [NotificationPreference.DAILY], "shown as chosen"

    # Saving the other settings without the field (another client) keeps the choice.
    form = _account_form(client)
    del form[DELIVERY]
    assert client.post(reverse("wagtailadmin_account"), form).status_code == 302
    assert NotificationPreference.objects.get(user=team.redaktion).delivery == NotificationPreference.DAILY

    _choose(client, team.redaktion, NotificationPreference.IMMEDIATE)
    assert NotificationPreference.objects.get(user=team.redaktion).delivery == NotificationPreference.IMMEDIATE


def test_an_unknown_choice_is_refused_and_nothing_changes(client, team):
    response = _choose(client, team.redaktion, "stündlich")
    assert response.status_code == 200
    assert "stündlich ist keine gültige Auswahl." in response.content.decode()
    assert not NotificationPreference.objects.filter(user=team.redaktion).exists()


def test_a_digest_reader_gets_one_german_mail_a_day_instead_of_one_per_event(
    client, team, draft_fact_sheet, legal_pages, django_capture_on_commit_callbacks
):
    _choose(client, team.redaktion, NotificationPreference.DAILY)
    with time_machine.travel(MONDAY_MORNING, tick=False):
        submit_past_checks(client, team.redaktion, draft_fact_sheet, capture=django_capture_on_commit_callbacks)
        with django_capture_on_commit_callbacks(execute=True):
            act(client, team.fachreview, draft_fact_sheet, comment="Zahlen geprüft.")
        with django_capture_on_commit_callbacks(execute=True):
            act(client, team.freigabe, draft_fact_sheet)

    assert mails_to("redaktion") == [], "nothing immediate for a digest reader"
    assert len(mails_to("freigabe")) == 1, "reviewers who want every mail still get theirs"

    with time_machine.travel(MONDAY_MORNING + datetime.timedelta(days=1), tick=False):
        output = _digest()

    assert "Zusammenfassungen: 100%" in output
    assert "Fertig: 1 Zusammenfassung(en) mit 2 Benachrichtigung(en) verschickt." in output
    [digest] = mails_to("redaktion")
    assert digest.subject == "Ihre tägliche Zusammenfassung: 2 Benachrichtigungen aus IQ Publisher"
    body = digest.body
    assert "seit dem 1. März 2027, 09:00 Uhr ist in den Prüf-Workflows Folgendes geschehen" in body
    assert "1. 1. März, 09:00 Uhr – Freigegeben im Schritt „Fachreview“: „IQ Beratung 2023 in Zahlen“" in body
    assert "(von Samir Haddad). Nächster Schritt: „Freigabe“." in body and "Kommentar: Zahlen geprüft." in body
    assert "2. 1. März, 09:00 Uhr – Veröffentlicht: „IQ Beratung 2023 in Zahlen“" in body
    assert "http://testserver/fact-sheets/iq-beratung-2023/" in body
    assert "Dort stellen Sie auf sofortige E-Mails um" in body
    html = digest.alternatives[0][0]
    assert "<ol" in html and "Zahlen geprüft." in html

    mail.outbox.clear()
    assert "Fertig: 0 Zusammenfassung(en)" in _digest()
    assert mail.outbox == [], "each notification is in one digest only"


def test_review_requests_decided_before_the_digest_are_left_out(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    for reviewer in (team.fachreview, team.fachreview2, team.freigabe):
        _choose(client, reviewer, NotificationPreference.DAILY)
    submit_past_checks(client, team.redaktion, draft_fact_sheet, capture=django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, draft_fact_sheet)
    assert mails_to("fachreview2") == [] and mails_to("freigabe") == []

    _digest()

    # Fachreview is decided: asking fachreview2 to review it would be wrong, and an empty digest is noise.
    assert mails_to("fachreview2") == []
    [digest] = mails_to("freigabe")
    assert "Zur Prüfung: „IQ Beratung 2023 in Zahlen“ (Freigabe)" in digest.body
    assert not DigestEntry.objects.filter(sent_at__isnull=True).exists()


def test_dry_run_sends_nothing_and_a_refused_digest_waits_for_the_next_run(
    client, team, draft_fact_sheet, settings, django_capture_on_commit_callbacks
):
    _choose(client, team.redaktion, NotificationPreference.DAILY)
    submit_past_checks(client, team.redaktion, draft_fact_sheet, capture=django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, draft_fact_sheet, action="reject", comment="Quelle fehlt.")
    mail.outbox.clear()

    output = _digest("--dry-run")
    assert "würde senden: redaktion@example.org – 1 Benachrichtigung(en)" in output
    assert mail.outbox == [] and DigestEntry.objects.filter(sent_at__isnull=True).count() == 1

    settings.EMAIL_BACKEND = "tests.workflows.test_digest.RefusingBackend"
    with pytest.raises(CommandError, match="1 Zusammenfassung\\(en\\) nicht verschickt"):
        _digest()
    assert DigestEntry.objects.filter(sent_at__isnull=True).count() == 1

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    _digest()
    [digest] = mails_to("redaktion")
    assert "Änderungen angefordert: „IQ Beratung 2023 in Zahlen“ (Fachreview)" in digest.body
    assert "Kommentar: Quelle fehlt." in digest.body
