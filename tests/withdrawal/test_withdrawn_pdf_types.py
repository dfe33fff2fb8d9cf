"""Every publication type can be withdrawn: the notice under the title on the
web page, and a stamped PDF with the same pages, tagged, with ``/Lang``.

Title pages of their own (dossier, magazine cover) have no footer; the stamp
lies on them instead of pushing the design onto a second page.
"""

import io

from django.core.files.storage import default_storage

import pytest
from pypdf import PdfReader

from pdfexport.models import PdfKind, PublicationPDF
from tests.pdf_inspection import pdf_facts
from tests.pdfexport.publication_types import PUBLICATION_DRAFTS
from tests.publishing import publish
from tests.withdrawal.admin import withdraw
from tests.withdrawal.conftest import REASON


@pytest.mark.django_db
@pytest.mark.parametrize("publication_type", sorted(PUBLICATION_DRAFTS))
def test_every_publication_type_is_withdrawn_with_notice_and_stamped_pdf(
    publication_type, client, team, home_page, django_capture_on_commit_callbacks
):
    page = PUBLICATION_DRAFTS[publication_type](home_page)
    publish(page, capture=django_capture_on_commit_callbacks)
    page = page.specific_class.objects.get(pk=page.pk)
    with django_capture_on_commit_callbacks(execute=True):
        withdraw(client, team.freigabe, page, reason=REASON)
    client.logout()

    html = client.get(page.url).content.decode()
    assert html.index("withdrawal-notice-heading") > html.index("<h1"), "right under the title"
    assert REASON in html

    original = PublicationPDF.objects.get(page_id=page.pk, kind=PdfKind.PUBLICATION)
    stamped = PublicationPDF.objects.get(page_id=page.pk, kind=PdfKind.WITHDRAWN)
    content = b"".join(client.get(page.url + "pdf/").streaming_content)
    assert content == default_storage.open(stamped.file.name).read()
    assert stamped.page_count == original.page_count, "the stamp adds no page"

    running = f"Zurückgezogen am {page.pdf_withdrawal_notice().withdrawn_on} – {REASON}"
    pages = [" ".join(pdf_page.extract_text().split()) for pdf_page in PdfReader(io.BytesIO(content)).pages]
    assert "Diese Publikation ist nicht mehr aktuell." in pages[0]
    assert all(running in text for text in pages)
    facts = pdf_facts(content)
    assert (facts.struct_tree, facts.marked, facts.pdfua_part, facts.lang) == (True, True, "1", "de")
    assert facts.figures_without_alt == 0
