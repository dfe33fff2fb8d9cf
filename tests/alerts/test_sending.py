"""Sending: an immediate alert when a matching publication goes live, the
weekly digest, each publication once, and the one-click unsubscribe."""

import datetime
import re
import weakref
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.test import Client

import pytest
import time_machine
from bs4 import BeautifulSoup

from cms.alerts.delivery import alerts_send_for_publication
from cms.factories import TopicFactory
from cms.models import AlertFrequency, AlertSubscription
from cms.withdrawal.services import page_withdraw
from tests.alerts.conftest import ANERKENNUNG, FACT_SHEETS, path_of
from tests.publishing import publish

pytestmark = pytest.mark.django_db

UNSUBSCRIBE_HEADER = re.compile(r"^<(http://testserver/benachrichtigungen/abmelden/[^/>]+/)>$")
#: A Monday morning; digests go out a week later.
T0 = datetime.datetime(2025, 3, 3, 8, tzinfo=datetime.UTC)


@pytest.fixture
def anerkennung(db):
    return TopicFactory(name="Anerkennung", slug="anerkennung")


@pytest.fixture
def pflege(db):
    return TopicFactory(name="Pflege", slug="pflege")


def at(moment):
    return time_machine.travel(moment, tick=False)


def test_a_matching_publication_is_mailed_at_once(alerts_connected, subscribe, publish_fact_sheet, anerkennung):
    subscribe(filter_querystring=f"{FACT_SHEETS}&{ANERKENNUNG}")

    page = publish_fact_sheet("Anerkennung 2024 in Zahlen", topics=[anerkennung], teaser="Anträge und Bescheide.")

    (message,) = mail.outbox
    assert message.to == ["leser@example.org"]
    assert message.subject == (
        "Neue IQ-Publikation: Anerkennung 2024 in Zahlen – Publikationsart: IQ Fact Sheets · Thema: Anerkennung"
    )
    assert "IQ Fact Sheet vom 1. März 2024" in message.body
    assert "Anträge und Bescheide." in message.body
    assert f"http://testserver{page.url}" in message.body
    html = BeautifulSoup(message.alternatives[0][0], "html.parser")
    assert html.find("a", string="Anerkennung 2024 in Zahlen")["href"] == f"http://testserver{page.url}"
    assert UNSUBSCRIBE_HEADER.match(message.extra_headers["List-Unsubscribe"])
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = UNSUBSCRIBE_HEADER.match(message.extra_headers["List-Unsubscribe"]).group(1)
    assert f"Abbestellen mit einem Klick: {unsubscribe}" in message.body


def test_a_publication_outside_the_filter_is_not_mailed(
    alerts_connected, subscribe, publish_fact_sheet, anerkennung, pflege
):
    subscribe(filter_querystring=f"{FACT_SHEETS}&{ANERKENNUNG}")
    subscribe(email="suche@example.org", filter_querystring="q=Pflegekräfte")

    publish_fact_sheet("Pflege in Zahlen", topics=[pflege])

    assert mail.outbox == []


def test_a_search_alert_matches_by_the_catalogues_stemming(alerts_connected, subscribe, publish_fact_sheet):
    subscribe(filter_querystring="q=Beratungen")

    publish_fact_sheet("Beratung in Zahlen")

    (message,) = mail.outbox
    assert "Suchbegriff „Beratungen“" in message.subject


def test_republishing_or_weekly_subscribers_get_no_immediate_mail(
    alerts_connected, subscribe, publish_fact_sheet, django_capture_on_commit_callbacks
):
    subscribe()
    subscribe(email="woche@example.org", frequency=AlertFrequency.WEEKLY)
    page = publish_fact_sheet("Zahlen 2024")
    assert [message.to for message in mail.outbox] == [["leser@example.org"]]

    publish(page, capture=django_capture_on_commit_callbacks, teaser="Korrigiert.")

    assert len(mail.outbox) == 1


def test_immediate_alerts_cost_a_query_per_filter_not_per_subscriber(
    subscribe, publish_fact_sheet, django_assert_max_num_queries
):
    for n in range(12):
        subscribe(email=f"leser{n}@example.org", filter_querystring=FACT_SHEETS if n % 2 else "")
    page = publish_fact_sheet("Zahlen 2024")

    # Entry, subscriptions, and per filter its matches and its catalogue and label lookups.
    with django_assert_max_num_queries(9):
        sent = alerts_send_for_publication(page_id=page.pk)

    assert sent == 12


def test_the_weekly_digest_has_the_news_of_the_week_once(subscribe, publish_fact_sheet, anerkennung, pflege):
    with at(T0):
        subscription = subscribe(frequency=AlertFrequency.WEEKLY, filter_querystring=f"{FACT_SHEETS}&{ANERKENNUNG}")
    with at(T0 + datetime.timedelta(days=1)):
        publish_fact_sheet("Anerkennung im Januar", topics=[anerkennung])
        publish_fact_sheet("Pflege im Januar", topics=[pflege])
    with at(T0 + datetime.timedelta(days=2)):
        publish_fact_sheet("Anerkennung im Februar", topics=[anerkennung], publication_date=datetime.date(2025, 2, 1))
    assert mail.outbox == []

    with at(T0 + datetime.timedelta(days=7)):
        call_command("alerts_send_weekly", stdout=StringIO())
        call_command("alerts_send_weekly", stdout=StringIO())

    (digest,) = mail.outbox
    assert digest.subject.startswith("Neue IQ-Publikationen der Woche – ")
    assert "diese Woche sind 2 neue Publikationen zu Ihrer Auswahl erschienen" in digest.body
    assert digest.body.index("Anerkennung im Februar") < digest.body.index("Anerkennung im Januar")
    assert "Pflege im Januar" not in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    with at(T0 + datetime.timedelta(days=9)):
        publish_fact_sheet("Anerkennung im März", topics=[anerkennung])
    with at(T0 + datetime.timedelta(days=14)):
        call_command("alerts_send_weekly", stdout=StringIO())

    second = mail.outbox[1]
    assert "Anerkennung im März" in second.body
    assert "Anerkennung im Januar" not in second.body
    subscription.refresh_from_db()
    assert subscription.digest_until == T0 + datetime.timedelta(days=14, minutes=-5)


def test_withdrawn_publications_are_not_news(subscribe, publish_fact_sheet, team):
    with at(T0):
        subscribe(frequency=AlertFrequency.WEEKLY)
    with at(T0 + datetime.timedelta(days=1)):
        kept = publish_fact_sheet("Bleibt")
        withdrawn = publish_fact_sheet("Wird zurückgezogen")
        page_withdraw(page=withdrawn, user=team.freigabe, reason="Zahlen fehlerhaft.")

    with at(T0 + datetime.timedelta(days=7)):
        call_command("alerts_send_weekly", stdout=StringIO())

    (digest,) = mail.outbox
    assert kept.title in digest.body
    assert "Wird zurückgezogen" not in digest.body


def test_what_went_live_in_the_last_minutes_waits_for_the_next_digest(subscribe, publish_fact_sheet):
    with at(T0):
        subscribe(frequency=AlertFrequency.WEEKLY)
    with at(T0 + datetime.timedelta(days=7, minutes=-2)):
        publish_fact_sheet("Gerade eben")

    with at(T0 + datetime.timedelta(days=7)):
        call_command("alerts_send_weekly", stdout=StringIO())
    assert mail.outbox == []
    with at(T0 + datetime.timedelta(days=14)):
        call_command("alerts_send_weekly", stdout=StringIO())

    (digest,) = mail.outbox
    assert "Gerade eben" in digest.body


def test_one_click_unsubscribe_deletes_and_stays_neutral(alerts_connected, subscribe, publish_fact_sheet):
    subscription = subscribe()
    publish_fact_sheet("Zahlen 2024")
    url = UNSUBSCRIBE_HEADER.match(mail.outbox[0].extra_headers["List-Unsubscribe"]).group(1)
    # A mail client's one-click POST: no cookie, no CSRF token.
    mail_client = Client(enforce_csrf_checks=True)

    first = mail_client.post(path_of(url), {"List-Unsubscribe": "One-Click"})
    second = mail_client.post(path_of(url), {"List-Unsubscribe": "One-Click"})

    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert not AlertSubscription.objects.filter(pk=subscription.pk).exists()
    shown = mail_client.get(path_of(url))
    assert shown.status_code == 200
    assert BeautifulSoup(shown.content, "html.parser").h1.get_text() == "Keine Benachrichtigung zu diesem Link"


def test_the_unsubscribe_link_asks_before_deleting(subscribe, client, catalogue):
    subscription = subscribe()
    from cms.alerts.links import unsubscribe_url

    url = path_of(unsubscribe_url(subscription=subscription))

    shown = client.get(url)

    assert shown.status_code == 200
    page = BeautifulSoup(shown.content, "html.parser")
    assert page.find("form", method="post").find("button").get_text() == "Jetzt abbestellen"
    assert AlertSubscription.objects.filter(pk=subscription.pk).exists()
    assert "no-store" in shown["Cache-Control"]


def test_an_old_unsubscribe_link_cannot_reach_a_newer_subscription(subscribe, client, catalogue):
    from cms.alerts.links import unsubscribe_url

    old = subscribe()
    url = path_of(unsubscribe_url(subscription=old))
    old_pk = old.pk
    old.delete()
    newer = subscribe(email="andere@example.org")
    AlertSubscription.objects.filter(pk=newer.pk).update(id=old_pk)

    client.post(url)

    assert AlertSubscription.objects.filter(pk=old_pk).exists()


@pytest.mark.parametrize("token", ["x", "nicht:von:uns", "W1sxLDJd:abc", "%ff%00" * 300])
def test_unknown_unsubscribe_links_get_the_neutral_page(client, catalogue, token):
    for response in (
        client.get(f"/benachrichtigungen/abmelden/{token}/"),
        client.post(f"/benachrichtigungen/abmelden/{token}/"),
    ):
        assert response.status_code == 200


def published_receivers() -> list:
    from wagtail.signals import page_published

    return [ref() if isinstance(ref, weakref.ReferenceType) else ref for _, ref, *_ in page_published.receivers]


def test_the_alerts_receiver_is_seen_once_connected(alerts_connected):
    from cms.alerts.receivers import on_page_published

    assert on_page_published in published_receivers()


def test_immediate_alerts_are_wired_at_start_up():
    from cms.alerts.receivers import on_page_published

    assert on_page_published in published_receivers()
