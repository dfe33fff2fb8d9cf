"""A render reports itself in one line: what a worker's terminal shows per PDF."""

import logging

import pytest

from factsheets.factories import FactSheetPageFactory
from pdfexport.revision_render import pdf_render_revision


@pytest.mark.django_db
def test_a_render_logs_one_line_with_page_revision_and_size(fact_sheet_index, caplog):
    page = FactSheetPageFactory(parent=fact_sheet_index, live=False, title="Anerkennung in Zahlen")
    revision = page.save_revision()

    with caplog.at_level(logging.INFO, logger="pdfexport"):
        pdf = pdf_render_revision(revision_id=revision.pk)
        pdf_render_revision(revision_id=revision.pk)  # already rendered: nothing to report

    lines = [record.getMessage() for record in caplog.records if record.name.startswith("pdfexport")]
    assert lines == [
        f"PDF publication of revision {revision.pk} (Anerkennung in Zahlen): "
        f"{pdf.page_count} pages, {round(pdf.byte_size / 1024)} KB"
    ]
