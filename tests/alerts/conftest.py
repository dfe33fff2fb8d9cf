"""Alerts: the catalogue with fact sheets to filter, subscriptions made as a
confirmed link would make them, and the receivers that queue immediate alerts."""

import re

from django.utils import timezone

import pytest

from cms.alerts import receivers
from cms.factories import CataloguePageFactory
from cms.models import AlertFrequency, AlertSubscription
from factsheets.factories import FactSheetPageFactory
from tests.publishing import publish

#: What the catalogue calls fact sheets (``typ``) and the topic they are filtered by.
FACT_SHEETS = "typ=iq-fact-sheets"
ANERKENNUNG = "thema=anerkennung"
LINK = re.compile(r"https?://\S+")


@pytest.fixture
def catalogue(home_page):
    return CataloguePageFactory(parent=home_page)


@pytest.fixture
def alerts_connected():
    """The receiver that queues immediate alerts. ``receivers_connect`` is idempotent
    (``dispatch_uid``); connecting it here keeps these tests independent of start-up wiring."""
    wired = receivers.page_published.has_listeners() and any(
        key[0] == "cms.alerts.published" for key, *_ in receivers.page_published.receivers
    )
    receivers.receivers_connect()
    yield
    if not wired:
        receivers.page_published.disconnect(dispatch_uid="cms.alerts.published")


@pytest.fixture
def subscribe():
    """``subscribe(email, filter, frequency)``: a subscription as confirming stores it."""

    def make(email="leser@example.org", filter_querystring=FACT_SHEETS, frequency=AlertFrequency.IMMEDIATE):
        return AlertSubscription.objects.create(
            email=email, filter_querystring=filter_querystring, frequency=frequency, confirmed_at=timezone.now()
        )

    return make


@pytest.fixture
def publish_fact_sheet(fact_sheet_index, legal_pages, catalogue, django_capture_on_commit_callbacks):
    """``publish_fact_sheet(title, topics=[…])``: a fact sheet published as the
    workflow's last stage does, with everything queued on commit run."""

    def make(title, *, topics=(), **fields):
        page = FactSheetPageFactory(parent=fact_sheet_index, live=False, title=title, **fields)
        for topic in topics:
            page.topics.add(topic)
        return publish(page, capture=django_capture_on_commit_callbacks)

    return make


def links_in(text: str) -> list[str]:
    return LINK.findall(text)


def path_of(url: str) -> str:
    return url.removeprefix("http://testserver")
