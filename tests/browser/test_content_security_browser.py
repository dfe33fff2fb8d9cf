"""The Content Security Policies block nothing the site needs: Chromium reports
no violation for a reader, for an editor on the live site (the userbar runs
Wagtail's content checker there) or in the preview of a draft."""

import pytest

from tests.browser.steps import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _violations(page) -> list[str]:
    """Chromium's reports of blocked scripts, styles and loads, and script errors."""
    found = []
    page.on("console", lambda message: "Content Security Policy" in message.text and found.append(message.text))
    page.on("pageerror", lambda error: found.append(str(error)))
    return found


def test_no_policy_violation_for_readers_editors_and_previews(page, site, editor):
    violations = _violations(page)
    sheet = site["url"] + site["sheet"].url

    page.goto(sheet)
    page.wait_for_load_state("networkidle")

    sign_in(page, site["url"], editor.username)
    page.goto(sheet)
    page.locator("[data-wagtail-userbar-trigger]").click()
    page.wait_for_load_state("networkidle")

    # The draft as the preview renders it (a dummy request through the middleware),
    # with the userbar's content checker.
    page.goto(f"{site['url']}/admin/pages/{site['sheet'].pk}/view_draft/")
    page.locator("header.site-header").wait_for()
    page.wait_for_load_state("networkidle")

    assert violations == []
