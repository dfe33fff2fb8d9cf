"""The review workflow in a real browser: an editor submits a fact sheet, the
automated checks pass, Fachreview finds it under „Meine Prüfungen“ and approves,
Freigabe approves, and readers get the page and its PDF. The panel and the
check report pass axe-core's WCAG 2.1 A/AA rules."""

import pytest

from tests.browser.steps import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _choose_action(page, label: str) -> None:
    """Open the action menu under the editor and press one of its buttons."""
    page.locator("footer .w-dropdown-button .w-dropdown__toggle").click()
    page.get_by_role("button", name=label, exact=True).click()


def test_a_fact_sheet_is_submitted_reviewed_and_published_in_the_browser(page, site, team, draft_fact_sheet):
    draft = draft_fact_sheet
    url, edit = site["url"], f"{site['url']}/admin/pages/{draft.pk}/edit/"

    sign_in(page, url, team.redaktion.username)
    page.goto(edit)
    _choose_action(page, "In IQ Fact Sheet einreichen")
    page.wait_for_url("**/admin/pages/**")

    # The checks ran in the worker (immediately, on commit); Fachreview waits.
    sign_in(page, url, team.fachreview.username)
    panel = page.locator("#my-reviews-section")
    assert draft.title in panel.inner_text()
    assert "IQ Fact Sheet: Fachreview" in panel.inner_text()
    assert "Lena Hoffmann" in panel.inner_text()
    assert_accessible(page, "#my-reviews-section")

    panel.get_by_role("link", name=draft.title, exact=True).click()
    page.wait_for_url(edit)
    _choose_action(page, "Freigeben")
    page.wait_for_url("**/admin/pages/**")

    sign_in(page, url, team.freigabe.username)
    page.locator("#my-reviews-section").get_by_role("link", name=draft.title, exact=True).click()
    _choose_action(page, "Freigeben")
    page.wait_for_url("**/admin/pages/**")

    draft.refresh_from_db()
    assert draft.live
    response = page.request.get(url + draft.url + "pdf/")
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"

    page.goto(f"{url}/admin/pruefungen/{draft.pk}/pruefbericht/")
    assert "Alle Pflichtprüfungen bestanden." in page.locator("main").inner_text()
    assert_accessible(page, "main")
