"""`manage.py pdf_rebuild` renders both PDFs of a withdrawn page's live revision."""

import io

from django.core.management import call_command

import pytest

from pdfexport import fingerprint
from pdfexport.models import PdfKind, PublicationPDF
from tests.withdrawal.admin import withdraw
from tests.withdrawal.conftest import REASON


@pytest.mark.django_db
def test_a_print_layer_change_re_renders_original_and_stamped_pdf(
    client, team, live_fact_sheet, django_capture_on_commit_callbacks, monkeypatch
):
    with django_capture_on_commit_callbacks(execute=True):
        withdraw(client, team.freigabe, live_fact_sheet, reason=REASON)
    fingerprint.print_fingerprint.cache_clear()
    monkeypatch.setattr(fingerprint, "_print_layer_files", lambda: [])
    try:
        out = io.StringIO()
        call_command("pdf_rebuild", "--stale-only", stdout=out, stderr=io.StringIO())
        current = fingerprint.print_fingerprint()
    finally:
        fingerprint.print_fingerprint.cache_clear()
    assert "1 Seite(n) geprüft, 2 PDF(s) neu gespeichert" in out.getvalue()
    assert set(
        PublicationPDF.objects.filter(revision_id=live_fact_sheet.live_revision_id, fingerprint=current).values_list(
            "kind", flat=True
        )
    ) == {PdfKind.PUBLICATION, PdfKind.WITHDRAWN}
