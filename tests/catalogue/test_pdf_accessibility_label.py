"""A catalogue card calls a PDF accessible only when the independent PDF/UA-1
validator passed it, and follows when the PDF is validated again."""

import pytest
from bs4 import BeautifulSoup

from cms.models.catalogue_entry import CatalogueEntry
from pdfexport.models import PdfUaStatus
from pdfexport.selectors import pdf_for_live_revision
from pdfexport.validation import pdfua_apply, pdfua_validate
from tests.pdfexport.pdfua_samples import failing_pdf, passing_pdf

LABEL = "barrierefrei (PDF/UA-1 geprüft)"


def _card_pdf_link(client):
    return BeautifulSoup(client.get("/publikationen/").content, "html.parser").select_one(".result__pdf a")


@pytest.mark.django_db
@pytest.mark.parametrize(("content", "shown"), [(passing_pdf, True), (failing_pdf, False)], ids=["passed", "failed"])
def test_the_card_follows_the_stored_result(
    client, catalogue, published_fact_sheet, django_capture_on_commit_callbacks, content, shown
):
    pdf = pdf_for_live_revision(page=published_fact_sheet)
    # As ``pdf_validate`` stores a new result: the entry is rebuilt after the commit.
    with django_capture_on_commit_callbacks(execute=True):
        pdf.save(update_fields=pdfua_apply(pdf=pdf, result=pdfua_validate(content=content())))

    entry = CatalogueEntry.objects.get(pk=published_fact_sheet.pk)
    assert entry.pdf_pdfua_passed is shown and entry.pdf_tagged
    link = _card_pdf_link(client)
    assert (LABEL in link.get_text()) is shown
    assert (LABEL in link["aria-label"]) is shown
    if not shown:
        assert "barrierefrei" not in link.get_text() + link["aria-label"]


@pytest.mark.django_db
def test_an_unchecked_pdf_is_not_called_accessible(
    client, catalogue, published_fact_sheet, django_capture_on_commit_callbacks
):
    pdf = pdf_for_live_revision(page=published_fact_sheet)
    with django_capture_on_commit_callbacks(execute=True):
        pdf.save(update_fields=pdfua_apply(pdf=pdf, result=pdfua_validate(content=passing_pdf())))
    assert LABEL in _card_pdf_link(client).get_text()

    # Stored before the validator (what the migration gives existing PDFs).
    pdf.pdfua_status = PdfUaStatus.UNCHECKED
    with django_capture_on_commit_callbacks(execute=True):
        pdf.save(update_fields=["pdfua_status"])
    assert CatalogueEntry.objects.get(pk=published_fact_sheet.pk).pdf_pdfua_passed is False
    assert "barrierefrei" not in _card_pdf_link(client).get_text()
