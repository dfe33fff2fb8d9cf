"""An editor changes a fact sheet that holds a chart and saves it in the real
page editor: the table editor's JSON reaches the server, the save goes through
and the chart's table is kept as it was."""

import pytest

from factsheets.factories import ChartBlockFactory, FactSheetPageFactory
from factsheets.models import FactSheetPage
from tests.browser.steps import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_fact_sheet_with_a_chart_is_saved_from_the_page_editor(page, live_server, roles, editor, fact_sheet_index):
    sheet = FactSheetPageFactory(
        parent=fact_sheet_index, live=False, body=[("chart", ChartBlockFactory(caption="Beratungen nach Berufen"))]
    )
    table_before = sheet.body[0].value["data"]["data"]
    sign_in(page, live_server.url, editor.username)

    page.goto(f"{live_server.url}/admin/pages/{sheet.pk}/edit/")
    page.locator("#id_title").fill("Beratung 2023 mit Diagramm")
    page.get_by_role("button", name="Entwurf speichern").click()

    page.get_by_text("wurde aktualisiert").first.wait_for(timeout=30_000)
    saved = FactSheetPage.objects.get(pk=sheet.pk).get_latest_revision_as_object()
    assert saved.title == "Beratung 2023 mit Diagramm"
    assert saved.body[0].value["data"]["data"] == table_before
