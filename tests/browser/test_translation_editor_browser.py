"""The translation editor in a real browser: for a page under a review workflow,
wagtail-localize's "Veröffentlichen in English" (shown to those who may
publish) reads "Als Entwurf speichern", saves a draft, and the translator is
offered to submit it for review; an editor sees no publish button at all."""

import pytest

from tests.browser.steps import sign_in
from tests.i18n.translations import submit_for_translation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_translator_saves_the_english_draft_and_is_offered_the_review(
    page, client, site, team, django_capture_on_commit_callbacks
):
    english, _ = submit_for_translation(client, team.admin, site["sheet"], capture=django_capture_on_commit_callbacks)
    revisions = english.revisions.count()
    edit = f"{site['url']}/admin/pages/{english.pk}/edit/"

    sign_in(page, site["url"], team.redaktion.username)
    page.goto(edit)
    page.locator("footer").wait_for()
    assert "Veröffentlichen" not in page.locator("footer").inner_text()
    assert page.get_by_role("link", name="Zur Prüfung einreichen").first.is_visible()

    sign_in(page, site["url"], team.freigabe.username)
    page.goto(edit)
    button = page.locator('footer button[name="action"][value="publish"]')
    button.wait_for()
    assert button.inner_text().strip() == "Als Entwurf speichern"
    assert "Prüfablauf „IQ Fact Sheet“" in page.locator(".messages").inner_text()

    button.click()
    page.wait_for_load_state("networkidle")
    messages = page.locator(".messages").inner_text()
    assert "Die englische Fassung wurde als Entwurf gespeichert." in messages
    assert page.get_by_role("link", name="Zur Prüfung einreichen").first.is_visible()
    english.refresh_from_db()
    assert not english.live
    assert english.revisions.count() == revisions + 1
    # Relabelled after the reload too: the editor is drawn again.
    assert page.locator('footer button[name="action"][value="publish"]').inner_text().strip() == (
        "Als Entwurf speichern"
    )
