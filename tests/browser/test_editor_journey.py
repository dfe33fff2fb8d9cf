"""An editor signs in, opens a fact sheet and gets the watermarked PDF proof."""

import pytest

from tests.browser.steps import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_opens_the_pdf_proof_from_the_page_editor(page, site, editor):
    sign_in(page, site["url"], editor.username)

    page.goto(f"{site['url']}/admin/pages/{site['sheet'].pk}/edit/")
    page.locator("#w-slim-header-buttons").get_by_role("button", name="Aktionen").click()
    page.get_by_role("link", name="PDF-Vorschau").click()
    page.wait_for_url(f"**/admin/pdf/{site['sheet'].pk}/vorschau/")

    # The render runs on commit of the request that queued it; the status page
    # refreshes itself until the proof is ready.
    page.get_by_role("link", name="PDF-Vorschau herunterladen").wait_for(timeout=60_000)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="PDF-Vorschau herunterladen").click()
    assert download_info.value.suggested_filename.endswith("_ENTWURF.pdf")
