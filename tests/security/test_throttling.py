"""Guessing is throttled: 25 wrong admin logins and then the right one used to
succeed, and 20 wrong page passwords were all answered at once.

The admin login is locked by django-axes (cms/login_lockout/), the password
forms of pages and documents and the password reset by cms/throttling/; each
refusal is German, has status 429 and shows the form again.
"""

import datetime
import logging

from django.core import mail
from django.test import Client
from django.urls import resolve, reverse

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest
import time_machine
from bs4 import BeautifulSoup

from cms.factories import USER_PASSWORD, ImprintPageFactory, UserFactory
from cms.throttling.client import client_address
from cms.throttling.password_reset import ThrottledPasswordResetView
from cms.throttling.passwords import document_password, page_password

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
LOCKED_LOGIN = "Zu viele fehlgeschlagene Anmeldeversuche"
#: The wrong password every guess tries.
WRONG = "falsch"
LOCKED_PASSWORD = "Zu viele fehlgeschlagene Versuche mit einem falschen Passwort"


def log_in(client, username, password=WRONG, **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def text_of(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


# --- the admin login ----------------------------------------------------------------


def test_six_wrong_admin_logins_lock_the_account_and_the_right_password_is_refused(client, editor):
    answers = [log_in(client, editor.username).status_code for _ in range(6)]

    assert answers == [200, 200, 200, 200, 429, 429]
    right = log_in(client, editor.username, USER_PASSWORD)
    assert right.status_code == 429
    assert not logged_in(client)
    text = text_of(right)
    assert LOCKED_LOGIN in text
    assert "in 15 Minuten erneut" in text
    # The login form again, to try later from the same page.
    assert BeautifulSoup(right.content, "html.parser").find("input", attrs={"name": "password"})


def test_the_lockout_ends_after_the_cool_off(client, editor):
    for _ in range(5):
        log_in(client, editor.username)

    with time_machine.travel(datetime.timedelta(minutes=16)):
        assert log_in(client, editor.username, USER_PASSWORD).status_code == 302
    assert logged_in(client)


def test_a_few_typos_then_the_right_password_log_in_and_start_the_count_again(client, editor):
    for _ in range(4):
        log_in(client, editor.username)
    assert log_in(client, editor.username, USER_PASSWORD).status_code == 302

    client.logout()
    assert [log_in(client, editor.username).status_code for _ in range(4)] == [200] * 4


def test_an_administrators_unlock_lets_the_user_in(client, editor):
    for _ in range(6):
        log_in(client, editor.username)
    admin = Client()
    admin.force_login(UserFactory(superuser=True))

    listing = admin.get(reverse("login_lockout:list"))
    assert listing.status_code == 200
    row = next(
        row for row in BeautifulSoup(listing.content, "html.parser").select("tbody tr") if editor.username in row.text
    )
    assert "gesperrt" in row.get_text(" ", strip=True)
    unlocked = admin.post(reverse("login_lockout:unlock"), {"username": editor.username}, follow=True)
    assert f"Das Konto „{editor.username}“ ist entsperrt" in text_of(unlocked)

    assert log_in(client, editor.username, USER_PASSWORD).status_code == 302
    assert logged_in(client)


def test_only_superusers_see_and_lift_lockouts(client, editor):
    for _ in range(5):
        log_in(Client(), editor.username)
    other = Client()
    other.force_login(UserFactory(administration=True, username="verwaltung"))

    # Wagtail answers a refused admin view with its dashboard and a message.
    assert other.get(reverse("login_lockout:list"))["Location"] == reverse("wagtailadmin_home")
    assert other.post(reverse("login_lockout:unlock"), {"username": editor.username})["Location"] == reverse(
        "wagtailadmin_home"
    )
    assert log_in(client, editor.username, USER_PASSWORD).status_code == 429


def test_one_address_guessing_at_many_accounts_is_locked_and_other_addresses_are_not(client, editor, settings):
    settings.IQ_LOGIN_FAILURE_LIMIT_PER_ADDRESS = 8
    for n in range(8):
        log_in(client, f"versuch{n}", REMOTE_ADDR="203.0.113.5")

    assert log_in(client, editor.username, USER_PASSWORD, REMOTE_ADDR="203.0.113.5").status_code == 429
    assert log_in(Client(), editor.username, USER_PASSWORD, REMOTE_ADDR="203.0.113.6").status_code == 302


def test_an_ipv6_client_is_counted_per_64_block_it_can_rotate_through(client, editor, settings):
    # One subscriber gets a whole /64: counted per address, it had 2**64 fresh counters.
    settings.IQ_LOGIN_FAILURE_LIMIT_PER_ADDRESS = 8
    for n in range(8):
        log_in(client, f"versuch{n}", REMOTE_ADDR=f"2001:db8:1:2::{n + 1:x}")

    assert log_in(client, editor.username, USER_PASSWORD, REMOTE_ADDR="2001:db8:1:2:ffff::9").status_code == 429
    assert log_in(Client(), editor.username, USER_PASSWORD, REMOTE_ADDR="2001:db8:1:3::1").status_code == 302


def test_ipv6_addresses_are_reduced_to_their_64_block_and_mapped_ipv4_to_ipv4(rf):
    assert client_address(rf.get("/", REMOTE_ADDR="2001:DB8:1:2:aaaa:bbbb:cccc:dddd")) == "2001:db8:1:2::"
    assert client_address(rf.get("/", REMOTE_ADDR="::ffff:192.0.2.7")) == "192.0.2.7"
    assert client_address(rf.get("/", REMOTE_ADDR="192.0.2.7")) == "192.0.2.7"


def test_one_account_guessed_at_from_many_addresses_is_locked(client, editor, settings):
    settings.IQ_LOGIN_FAILURE_LIMIT_PER_ACCOUNT = 8
    for n in range(8):
        log_in(client, editor.username, REMOTE_ADDR=f"198.51.100.{n}")

    assert log_in(client, editor.username, USER_PASSWORD, REMOTE_ADDR="198.51.100.99").status_code == 429


def test_behind_a_proxy_the_forwarded_address_counts_and_a_forged_one_does_not(client, editor, settings):
    settings.IQ_TRUSTED_PROXY_COUNT = 1
    # The proxy appends the real address; what the client sent before it changes every time.
    for n in range(5):
        log_in(client, editor.username, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 198.51.100.7")

    locked = log_in(client, editor.username, USER_PASSWORD, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert locked.status_code == 429
    colleague = log_in(
        Client(), editor.username, USER_PASSWORD, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.8"
    )
    assert colleague.status_code == 302


def test_the_client_address_comes_from_the_configured_source_only(rf, settings):
    request = rf.get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.1, 198.51.100.7", HTTP_X_REAL_IP="198.51.100.9"
    )
    assert client_address(request) == "10.0.0.1"

    settings.IQ_TRUSTED_PROXY_COUNT = 2
    assert client_address(request) == "192.0.2.1"
    settings.IQ_TRUSTED_PROXY_COUNT = 3  # fewer hops than proxies: nothing in the header is vouched for
    assert client_address(request) == "10.0.0.1"

    settings.IQ_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    assert client_address(request) == "198.51.100.9"
    assert client_address(rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="kein-ip")) == "10.0.0.1"
    assert client_address(rf.get("/", REMOTE_ADDR="")) is None


def test_a_login_lockout_is_logged_with_account_and_address(client, editor, caplog):
    with caplog.at_level(logging.WARNING, logger="axes"):
        for _ in range(5):
            log_in(client, editor.username, REMOTE_ADDR="192.0.2.44")

    lockouts = [record.getMessage() for record in caplog.records if "Locking out" in record.getMessage()]
    assert len(lockouts) == 1
    assert editor.username in lockouts[0]
    assert "192.0.2.44" in lockouts[0]


def test_lifting_a_lockout_is_logged(editor, caplog):
    for _ in range(5):
        log_in(Client(), editor.username)
    admin = Client()
    admin.force_login(UserFactory(superuser=True, username="chefin"))

    with caplog.at_level(logging.INFO, logger="cms.login_lockout"):
        admin.post(reverse("login_lockout:unlock"), {"username": editor.username})

    assert any("lifted by chefin" in record.getMessage() for record in caplog.records)


# --- page and document passwords -----------------------------------------------------


@pytest.fixture
def protected_page(legal_pages, home_page):
    page = ImprintPageFactory(parent=home_page, title="Internes Impressum", slug="intern")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim-2024"
    )
    return page, restriction


def try_password(client, page, restriction, password=WRONG, **extra):
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    return client.post(url, {"password": password, "return_url": page.url}, **extra)


def test_six_wrong_page_passwords_are_refused_and_then_the_right_one_too(client, protected_page):
    page, restriction = protected_page

    answers = [try_password(client, page, restriction).status_code for _ in range(6)]
    right = try_password(client, page, restriction, "geheim-2024")

    assert answers == [200, 200, 200, 200, 429, 429]
    assert right.status_code == 429
    assert LOCKED_PASSWORD in text_of(right)
    assert "in 15 Minuten erneut" in text_of(right)
    # The form again, with where to go afterwards, but not the typed password.
    form = BeautifulSoup(right.content, "html.parser").find("form")
    assert form.find("input", attrs={"name": "return_url"})["value"] == page.url
    assert not form.find("input", attrs={"name": "password"}).get("value")
    assert restriction.pk not in client.session.get("passed_page_view_restrictions", [])
    assert "Internes Impressum" not in text_of(client.get(page.url))


def test_the_right_page_password_works_from_another_address_and_after_the_cool_off(client, protected_page):
    page, restriction = protected_page
    for _ in range(5):
        try_password(client, page, restriction)

    assert try_password(Client(), page, restriction, "geheim-2024", REMOTE_ADDR="198.51.100.3").status_code == 302
    with time_machine.travel(datetime.timedelta(minutes=16)):
        assert try_password(client, page, restriction, "geheim-2024").status_code == 302


def test_a_page_password_guessed_from_many_addresses_is_locked_for_all(client, protected_page, settings):
    settings.IQ_THROTTLE_LIMITS = {
        **settings.IQ_THROTTLE_LIMITS,
        "view_password": {"address_and_target": 5, "address": 20, "target": 6},
    }
    page, restriction = protected_page
    for n in range(6):
        try_password(client, page, restriction, REMOTE_ADDR=f"192.0.2.{n}")

    assert try_password(client, page, restriction, "geheim-2024", REMOTE_ADDR="198.51.100.3").status_code == 429


def test_a_document_password_is_throttled_too(client, home_page):
    collection = Collection.get_first_root_node().add_child(name="Intern")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="geheim-2024"
    )
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])

    answers = [client.post(url, {"password": "falsch", "return_url": "/"}).status_code for _ in range(5)]
    right = client.post(url, {"password": "geheim-2024", "return_url": "/"})

    assert answers == [200, 200, 200, 200, 429]
    assert right.status_code == 429
    assert LOCKED_PASSWORD in text_of(right)


def test_a_page_password_lockout_is_logged(client, protected_page, caplog):
    page, restriction = protected_page
    with caplog.at_level(logging.WARNING, logger="cms.throttling"):
        for _ in range(6):
            try_password(client, page, restriction, REMOTE_ADDR="192.0.2.55")

    records = [record for record in caplog.records if record.name == "cms.throttling"]
    assert len(records) == 1
    assert "view_password" in records[0].getMessage()
    assert "192.0.2.55" in records[0].getMessage()
    assert f"page-restriction-{restriction.pk}" in records[0].getMessage()


# --- the password reset, a public form that sends mail ------------------------------


def test_the_password_reset_sends_a_few_mails_and_then_refuses(client, editor):
    url = reverse("wagtailadmin_password_reset")

    answers = [client.post(url, {"email": editor.email}).status_code for _ in range(3)]
    refused = client.post(url, {"email": editor.email.upper()})

    assert answers == [302, 302, 302]
    assert len(mail.outbox) == 3
    assert refused.status_code == 429
    assert "Zu viele Anfragen zum Zurücksetzen des Passworts" in text_of(refused)
    assert BeautifulSoup(refused.content, "html.parser").find("input", attrs={"name": "email"})
    assert len(mail.outbox) == 3


def test_a_mistyped_reset_address_sends_nothing_and_counts_nothing(client, editor):
    url = reverse("wagtailadmin_password_reset")
    for _ in range(5):
        assert client.post(url, {"email": "kein-at-zeichen"}).status_code == 200

    assert client.post(url, {"email": editor.email}).status_code == 302


# --- wiring -------------------------------------------------------------------------


def test_wagtails_password_forms_resolve_to_the_throttled_views():
    assert resolve(reverse("wagtailcore_authenticate_with_password", args=[1, 2])).func is page_password
    assert resolve(reverse("wagtaildocs_authenticate_with_password", args=[1])).func is document_password
    assert resolve(reverse("wagtailadmin_password_reset")).func.view_class is ThrottledPasswordResetView
