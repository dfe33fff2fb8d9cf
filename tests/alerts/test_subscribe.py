"""Subscribing: the form, the double opt-in by a signed link, the same answer
for every address, the rate limit, and a helpful page for every bad link."""

import datetime

from django.core import mail
from django.core.cache import cache
from django.test import Client

import pytest
import time_machine
from bs4 import BeautifulSoup

from cms.alerts.tokens import AlertRequest, confirmation_token
from cms.catalogue.indexing import catalogue_entry_refresh
from cms.factories import TopicFactory
from cms.models import AlertFrequency, AlertSubscription
from factsheets.factories import FactSheetPageFactory
from tests.alerts.conftest import ANERKENNUNG, FACT_SHEETS, links_in, path_of

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/benachrichtigungen/einrichten/"


@pytest.fixture
def site(catalogue, legal_pages, fact_sheet_index, django_capture_on_commit_callbacks):
    """A catalogue with one fact sheet on „Anerkennung“, so the filter has names."""
    page = FactSheetPageFactory(parent=fact_sheet_index, title="Anerkennung in Zahlen")
    page.topics.add(TopicFactory(name="Anerkennung", slug="anerkennung"))
    page.save()
    with django_capture_on_commit_callbacks(execute=True):
        catalogue_entry_refresh(page=page)
    return catalogue


def ask(client, email="leser@example.org", query=f"{FACT_SHEETS}&{ANERKENNUNG}", frequency="sofort", **extra):
    return client.post(f"{SUBSCRIBE}?{query}", {"email": email, "frequency": frequency}, **extra)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_catalogue_links_its_selection_to_the_alert_form(site, client):
    response = client.get(f"/publikationen/?{ANERKENNUNG}")

    link = soup(response).find("a", string="Diese Auswahl per E-Mail abonnieren")
    assert link["href"] == f"{SUBSCRIBE}?{ANERKENNUNG}"


def test_the_form_names_the_selection_by_its_labels_and_links_the_privacy_page(site, client, legal_pages):
    response = client.get(f"{SUBSCRIBE}?thema=anerkennung&typ=iq-fact-sheets&sortierung=titel&seite=2")

    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text() == "Benachrichtigung einrichten"
    text = page.main.get_text(" ", strip=True)
    assert "Publikationsart: IQ Fact Sheets · Thema: Anerkennung" in text
    email = page.find("input", attrs={"name": "email"})
    assert email["autocomplete"] == "email"
    assert page.find("label", attrs={"for": email["id"]}).get_text() == "E-Mail-Adresse"
    assert page.find("fieldset").legend.get_text() == "Wie oft möchten Sie benachrichtigt werden?"
    assert page.find("a", string="Datenschutzerklärung")["href"] == legal_pages["privacy"].url
    assert "no-store" in response["Cache-Control"]


def test_the_form_refuses_a_post_without_csrf_token(site):
    response = ask(Client(enforce_csrf_checks=True))

    assert response.status_code == 403
    assert mail.outbox == []


def test_double_opt_in_stores_only_after_confirmation_and_only_what_is_allowed(site, client):
    response = ask(client, email="Leser@Example.ORG", query=f"{ANERKENNUNG}&{FACT_SHEETS}&sortierung=titel")

    assert response.status_code == 200
    assert "Wir haben Ihnen eine E-Mail geschickt" in soup(response).main.get_text()
    assert AlertSubscription.objects.count() == 0
    (message,) = mail.outbox
    assert message.to == ["Leser@example.org"]
    assert "bestätigen" in message.subject
    assert message.alternatives[0][1] == "text/html"
    assert "Publikationsart: IQ Fact Sheets · Thema: Anerkennung" in message.body
    (confirm,) = [link for link in links_in(message.body) if "/bestaetigen/" in link]

    shown = client.get(path_of(confirm))
    assert shown.status_code == 200
    assert soup(shown).find("button", string="Benachrichtigung bestätigen")
    assert AlertSubscription.objects.count() == 0, "opening the link (a mail scanner) stores nothing"

    confirmed = client.post(path_of(confirm))
    assert confirmed.status_code == 200
    assert "ist eingerichtet" in soup(confirmed).h1.get_text()
    (subscription,) = AlertSubscription.objects.values()
    assert set(subscription) == {
        "id",
        "email",
        "filter_querystring",
        "frequency",
        "confirmed_at",
        "digest_until",
        "language",
    }
    assert subscription["language"] == "de", "subscribed on a German page: German mails"
    assert subscription["email"] == "Leser@example.org"
    assert subscription["filter_querystring"] == "typ=iq-fact-sheets&thema=anerkennung"
    assert subscription["frequency"] == AlertFrequency.IMMEDIATE
    assert subscription["confirmed_at"] is not None
    assert subscription["digest_until"] is None


def test_a_reused_confirmation_link_shows_already_confirmed_and_stores_nothing_new(site, client):
    ask(client)
    (confirm,) = [link for link in links_in(mail.outbox[0].body) if "/bestaetigen/" in link]
    client.post(path_of(confirm))

    again_get = client.get(path_of(confirm))
    again_post = client.post(path_of(confirm))

    for response in (again_get, again_post):
        assert response.status_code == 200
        assert soup(response).h1.get_text() == "Diese Benachrichtigung ist bereits bestätigt"
    assert AlertSubscription.objects.count() == 1


def test_new_and_subscribed_addresses_get_the_same_answer(site, client, subscribe):
    subscribe(email="abonnent@example.org", filter_querystring="typ=iq-fact-sheets&thema=anerkennung")

    known = ask(client, email="ABONNENT@example.org")
    new = ask(client, email="neu@example.org")

    assert known.status_code == new.status_code == 200
    assert known.content == new.content
    known_mail, new_mail = mail.outbox
    assert "besteht bereits" in known_mail.subject
    assert not [link for link in links_in(known_mail.body) if "/bestaetigen/" in link]
    assert known_mail.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "bestätigen" in new_mail.subject


def test_asking_another_frequency_for_a_subscribed_filter_offers_the_switch(site, client, subscribe):
    subscription = subscribe(filter_querystring="typ=iq-fact-sheets&thema=anerkennung")

    ask(client, frequency="woechentlich")
    (switch,) = [link for link in links_in(mail.outbox[0].body) if "/bestaetigen/" in link]
    response = client.post(path_of(switch))

    assert soup(response).h1.get_text() == "Häufigkeit geändert"
    subscription.refresh_from_db()
    assert subscription.frequency == AlertFrequency.WEEKLY
    assert subscription.digest_until is not None
    assert AlertSubscription.objects.count() == 1


def test_an_invalid_address_gets_an_error_summary_linking_to_the_field(site, client):
    response = ask(client, email="keine-adresse", frequency="täglich")

    assert response.status_code == 400
    page = soup(response)
    summary = page.find(class_="error-summary")
    links = {link["href"]: link.get_text() for link in summary.find_all("a")}
    assert links["#id_email"].startswith("Bitte geben Sie eine gültige E-Mail-Adresse an")
    assert links["#id_frequency_0"] == "Bitte wählen Sie „sofort“ oder „wöchentlich“."
    assert page.find("input", attrs={"name": "email"})["aria-invalid"] == "true"
    assert page.title.get_text().startswith("Fehler:")
    assert mail.outbox == []


def test_one_address_is_rate_limited_without_storing_it(site, client):
    answers = [ask(client, REMOTE_ADDR=f"192.0.2.{n}").status_code for n in range(4)]

    assert answers == [200, 200, 200, 429]
    assert len(mail.outbox) == 3
    limited = ask(client, REMOTE_ADDR="192.0.2.99")
    assert "Zu viele Anfragen" in soup(limited).h1.get_text()
    keys = " ".join(str(key) for key in cache._cache)
    assert "leser@example.org" not in keys.casefold()
    assert "192.0.2" not in keys
    assert AlertSubscription.objects.count() == 0


def test_one_client_is_rate_limited_across_addresses(site, client):
    answers = [ask(client, email=f"person{n}@example.org", REMOTE_ADDR="198.51.100.7").status_code for n in range(11)]

    assert answers == [200] * 10 + [429]
    assert ask(client, email="andere@example.org", REMOTE_ADDR="198.51.100.8").status_code == 200


def test_an_expired_link_explains_and_starts_again_with_the_same_selection(site, client):
    with time_machine.travel(datetime.datetime(2025, 3, 1, 9, tzinfo=datetime.UTC), tick=False):
        ask(client)
    (confirm,) = [link for link in links_in(mail.outbox[0].body) if "/bestaetigen/" in link]

    with time_machine.travel(datetime.datetime(2025, 3, 4, 8, tzinfo=datetime.UTC), tick=False):
        still_valid = client.get(path_of(confirm))
    with time_machine.travel(datetime.datetime(2025, 3, 4, 10, tzinfo=datetime.UTC), tick=False):
        shown = client.get(path_of(confirm))
        posted = client.post(path_of(confirm))

    assert still_valid.status_code == 200
    for response in (shown, posted):
        assert response.status_code == 410
        page = soup(response)
        assert page.h1.get_text() == "Dieser Bestätigungslink ist abgelaufen"
        again = page.find("a", string="Benachrichtigung neu anfordern")["href"]
        assert again.endswith(f"{SUBSCRIBE}?typ=iq-fact-sheets&thema=anerkennung")
    assert AlertSubscription.objects.count() == 0


@pytest.mark.parametrize(
    "mangle",
    [
        lambda token: token[:-3] + ("abc" if not token.endswith("abc") else "xyz"),  # signature changed
        lambda token: token[: len(token) // 2],  # cut by a line break
        lambda token: "x" + token,  # payload changed
        lambda token: "nicht-von-uns",
        lambda token: "%00%ff" * 400,
    ],
)
def test_a_tampered_or_cut_link_gets_a_helpful_page(site, client, mangle):
    token = confirmation_token(
        request=AlertRequest(email="leser@example.org", filter_querystring=FACT_SHEETS, frequency="sofort")
    )

    for response in (
        client.get(f"/benachrichtigungen/bestaetigen/{mangle(token)}/"),
        client.post(f"/benachrichtigungen/bestaetigen/{mangle(token)}/"),
    ):
        assert response.status_code == 400
        assert soup(response).h1.get_text() == "Dieser Link ist ungültig"
    assert AlertSubscription.objects.count() == 0


def test_a_signed_link_with_a_foreign_payload_is_refused(site, client):
    from django.core import signing

    from cms.alerts.tokens import CONFIRMATION_SALT

    for payload in (["a", "b"], {"e": "kein@", "f": "", "h": "sofort"}, {"e": "a@b.de", "f": "", "h": "täglich"}):
        token = signing.dumps(payload, salt=CONFIRMATION_SALT)
        assert client.get(f"/benachrichtigungen/bestaetigen/{token}/").status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        "typ=%3Cscript%3E&jahr=2024",
        "q=" + "Anerkennung " * 400,
        "q=%E2%80%93+%21%21",
        "seite=abc&sortierung=%00",
        "thema=" + "&thema=".join(f"t{n}" for n in range(200)),
    ],
)
def test_odd_filters_never_fail(site, client, query):
    shown = client.get(f"{SUBSCRIBE}?{query}")
    posted = ask(client, query=query)

    assert shown.status_code in (200, 400)
    assert posted.status_code in (200, 400)
    assert b"Traceback" not in shown.content


def test_a_search_term_without_words_is_left_out_of_the_filter(site, client):
    response = client.get(f"{SUBSCRIBE}?q=%E2%80%93+%21%21&{ANERKENNUNG}")

    text = soup(response).main.get_text(" ", strip=True)
    assert "der Suchbegriff wurde weggelassen" in text
    assert "Ihre Auswahl: Thema: Anerkennung" in text


def test_a_filter_beyond_what_can_be_stored_is_refused_with_a_page(site, client):
    query = "&".join(f"{facet}=wert-{n:02d}-{'x' * 40}" for facet in ("thema", "hsp") for n in range(20))

    response = ask(client, query=query)

    assert response.status_code == 400
    assert "zu umfangreich" in soup(response).h1.get_text()
    assert mail.outbox == []


def test_other_methods_are_refused(site, client):
    assert client.put(SUBSCRIBE).status_code == 405
    assert client.delete("/benachrichtigungen/abmelden/x/").status_code == 405
