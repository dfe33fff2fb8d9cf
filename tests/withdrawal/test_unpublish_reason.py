"""Unpublishing (taking a publication offline entirely) needs a reason, which
the page history records; without one nothing changes."""

from django.urls import reverse

from wagtail.models import PageLogEntry

import pytest

from cms.unpublish_reason import REASON_MISSING

REASON = "Das Fact Sheet enthielt personenbezogene Daten ohne Einwilligung."


def _unpublish_url(page) -> str:
    return reverse("wagtailadmin_pages:unpublish", args=[page.pk])


@pytest.mark.django_db
def test_the_confirmation_asks_for_a_reason(client, team, live_fact_sheet):
    client.force_login(team.freigabe)
    html = client.get(_unpublish_url(live_fact_sheet)).content.decode()
    assert '<textarea name="reason" id="id_unpublish_reason"' in html
    assert "Grund der Depublizierung" in html
    assert "ziehen Sie sie stattdessen zurück" in html


@pytest.mark.django_db
@pytest.mark.parametrize("data", [{}, {"reason": "  "}])
def test_unpublishing_without_a_reason_is_refused(client, team, live_fact_sheet, data):
    client.force_login(team.freigabe)
    response = client.post(_unpublish_url(live_fact_sheet), data, follow=True)
    assert response.redirect_chain[-1][0] == _unpublish_url(live_fact_sheet)
    assert REASON_MISSING in response.content.decode()
    live_fact_sheet.refresh_from_db()
    assert live_fact_sheet.live
    assert not PageLogEntry.objects.filter(page_id=live_fact_sheet.pk, action__contains="unpublish").exists()
    assert client.get(live_fact_sheet.url + "pdf/").status_code == 200


@pytest.mark.django_db
def test_unpublishing_with_a_reason_records_it_in_the_history(client, team, live_fact_sheet):
    client.force_login(team.freigabe)
    response = client.post(_unpublish_url(live_fact_sheet), {"reason": f"  {REASON}\n"})
    assert response.status_code == 302
    live_fact_sheet.refresh_from_db()
    assert not live_fact_sheet.live
    entry = PageLogEntry.objects.get(page_id=live_fact_sheet.pk, action="iq.unpublish.reason")
    assert (entry.user, entry.comment) == (team.freigabe, REASON)
    assert PageLogEntry.objects.filter(page_id=live_fact_sheet.pk, action="wagtail.unpublish").exists()
    history = client.get(reverse("wagtailadmin_pages:history", args=[live_fact_sheet.pk])).content.decode()
    assert "Grund der Depublizierung" in history and REASON in history
    client.logout()
    assert client.get(live_fact_sheet.url + "pdf/").status_code == 404


@pytest.mark.django_db
def test_bulk_unpublishing_is_refused_because_it_has_no_reason(client, team, live_fact_sheet):
    client.force_login(team.freigabe)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "unpublish"))
    response = client.post(f"{url}?id={live_fact_sheet.pk}", {"include_descendants": ""}, follow=True)
    assert "Depublizieren braucht einen Grund für jede Seite" in response.content.decode()
    live_fact_sheet.refresh_from_db()
    assert live_fact_sheet.live


def _api_unpublish(client, page, data: dict):
    return client.post(f"/admin/api/main/pages/{page.pk}/action/unpublish/", data, content_type="application/json")


@pytest.mark.django_db
def test_the_admin_api_refuses_to_unpublish_without_a_reason(client, team, live_fact_sheet):
    client.force_login(team.freigabe)
    for data in ({}, {"reason": " "}):
        response = _api_unpublish(client, live_fact_sheet, data)
        assert response.status_code == 400
        assert response.json() == {"reason": [REASON_MISSING]}
    live_fact_sheet.refresh_from_db()
    assert live_fact_sheet.live
    assert not PageLogEntry.objects.filter(page_id=live_fact_sheet.pk, action__contains="unpublish").exists()


@pytest.mark.django_db
def test_the_admin_api_records_the_reason_of_an_unpublish(client, team, live_fact_sheet):
    client.force_login(team.freigabe)
    assert _api_unpublish(client, live_fact_sheet, {"reason": REASON}).status_code == 200
    live_fact_sheet.refresh_from_db()
    assert not live_fact_sheet.live
    entry = PageLogEntry.objects.get(page_id=live_fact_sheet.pk, action="iq.unpublish.reason")
    assert (entry.user, entry.comment) == (team.freigabe, REASON)
