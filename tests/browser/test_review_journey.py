"""The review workflow in a real browser: an editor submits a fact sheet, the
automated checks pass, Fachreview finds it under „Meine Prüfungen“ and approves,
Freigabe approves, and readers get the page and its PDF. The panel and the
check report pass axe-core's WCAG 2.1 A/AA rules."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest
from axe_playwright_python.sync_playwright import Axe

from cms.factories import FundingNoticeFactory, OrganisationFactory, TopicFactory
from factsheets.factories import FactSheetPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
PASSWORD = "demo-pass-123"


def _assert_accessible(page, selector: str) -> None:
    results = Axe().run(page, context=selector, options=WCAG_21_AA)
    violations = [f"{v['id']}: {v['help']} ({len(v['nodes'])}×)" for v in results.response["violations"]]
    assert not violations, f"axe-core on {selector} of {page.url}:\n" + "\n".join(violations)


def _person(username: str, group: str, first_name: str, last_name: str):
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, first_name=first_name, last_name=last_name
    )
    user.groups.add(Group.objects.get(name=group))
    return user


def _sign_in(page, url: str, username: str) -> None:
    page.context.clear_cookies()
    page.goto(url + "/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


def _choose_action(page, label: str) -> None:
    """Open the action menu under the editor and press one of its buttons."""
    page.locator("footer .w-dropdown-button .w-dropdown__toggle").click()
    page.get_by_role("button", name=label, exact=True).click()


@pytest.fixture
def draft(site):
    sheet = FactSheetPageFactory(
        parent=site["index"], live=False, title="Anerkennung in Zahlen 2024", funding_notice=FundingNoticeFactory()
    )
    sheet.publishers.add(OrganisationFactory())
    sheet.topics.add(TopicFactory())
    sheet.save_revision()
    return sheet


def test_a_fact_sheet_is_submitted_reviewed_and_published_in_the_browser(page, site, draft):
    _person("redaktion", "Redaktion", "Lena", "Hoffmann")
    _person("fachreview", "Fachreview", "Samir", "Haddad")
    _person("freigabe", "Freigabe", "Michael", "Brandt")
    url, edit = site["url"], f"{site['url']}/admin/pages/{draft.pk}/edit/"

    _sign_in(page, url, "redaktion")
    page.goto(edit)
    _choose_action(page, "In IQ Fact Sheet einreichen")
    page.wait_for_url("**/admin/pages/**")

    # The checks ran in the worker (immediately, on commit); Fachreview waits.
    _sign_in(page, url, "fachreview")
    panel = page.locator("#my-reviews-section")
    assert "Anerkennung in Zahlen 2024" in panel.inner_text()
    assert "IQ Fact Sheet: Fachreview" in panel.inner_text()
    assert "Lena Hoffmann" in panel.inner_text()
    _assert_accessible(page, "#my-reviews-section")

    panel.get_by_role("link", name="Anerkennung in Zahlen 2024", exact=True).click()
    page.wait_for_url(edit)
    _choose_action(page, "Freigeben")
    page.wait_for_url("**/admin/pages/**")

    _sign_in(page, url, "freigabe")
    page.locator("#my-reviews-section").get_by_role("link", name="Anerkennung in Zahlen 2024", exact=True).click()
    _choose_action(page, "Freigeben")
    page.wait_for_url("**/admin/pages/**")

    draft.refresh_from_db()
    assert draft.live
    response = page.request.get(url + draft.url + "pdf/")
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"

    page.goto(f"{url}/admin/pruefungen/{draft.pk}/pruefbericht/")
    assert "Alle Pflichtprüfungen bestanden." in page.locator("main").inner_text()
    _assert_accessible(page, "main")
