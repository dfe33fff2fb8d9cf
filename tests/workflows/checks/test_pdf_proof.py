"""The PDF proof of the revision in review is rendered, stored for the reviewers
and must be an accessible PDF."""

import hashlib

from django.core.files.storage import default_storage

import pytest
import wagtail_factories

from cms.stream_data import figure
from pdfexport.fingerprint import print_fingerprint
from pdfexport.models import PdfKind, PdfRender, PublicationPDF, pdf_upload_to
from pdfexport.rendering import html_render_pdf
from pdfexport.revision_render import pdf_print_html
from pdfexport.storage import storage_put_atomic
from tests.workflows.checks.helpers import PASSED, summary

FIX_ALT = "Bitte jedem Bild einen Alternativtext geben (siehe Prüfung „Alternativtexte“)."


@pytest.mark.django_db
def test_the_proof_renders_passes_and_stays_for_the_reviewers(fact_sheet_revision):
    revision = fact_sheet_revision()
    assert summary(revision, "pdf_proof") == PASSED

    proof = PublicationPDF.objects.get(revision=revision, kind=PdfKind.PROOF)
    assert proof.tagged and default_storage.exists(proof.file.name)
    # Checking again (e.g. a retried job) reuses the stored proof.
    assert summary(revision, "pdf_proof") == PASSED
    assert PdfRender.objects.get(revision=revision, kind=PdfKind.PROOF).attempts == 1


@pytest.mark.django_db
def test_a_figure_without_alt_text_fails_in_the_pdf(fact_sheet_revision):
    photo = wagtail_factories.ImageFactory(title="Beratung")
    revision = fact_sheet_revision(body=[figure(photo, alt="")])
    assert summary(revision, "pdf_proof") == (
        "Die automatische Prüfung hat 1 Fehler gefunden:\n"
        "1. Eine Abbildung auf Seite 1 des PDFs hat keinen Alternativtext (/Alt). (Ort: PDF-Korrekturabzug) – "
        f"So beheben: {FIX_ALT}"
    )


@pytest.mark.django_db
def test_a_proof_that_cannot_be_rendered_is_a_finding(fact_sheet_revision, settings):
    settings.IQ_PDF_MAX_HTML_BYTES = 100
    revision = fact_sheet_revision()
    size = len(pdf_print_html(page=revision.as_object(), revision=revision, kind=PdfKind.PROOF).encode())
    assert summary(revision, "pdf_proof") == (
        "Die automatische Prüfung hat 1 Fehler gefunden:\n"
        f"1. Der PDF-Korrekturabzug konnte nicht erstellt werden: Das Druck-HTML ist {size} Bytes groß; erlaubt "
        "sind 100 Bytes. (Ort: PDF-Korrekturabzug) – So beheben: Bitte den Inhalt kürzen, z. B. sehr lange "
        "Tabellen aufteilen, und erneut einreichen."
    )


@pytest.mark.django_db
def test_an_untagged_fallback_proof_fails(fact_sheet_revision):
    """What the renderer stores when tagging crashes: the same print HTML, rendered untagged."""
    revision = fact_sheet_revision()
    html = pdf_print_html(page=revision.as_object(), revision=revision, kind=PdfKind.PROOF)
    rendered = html_render_pdf(html=html, tagged=False)
    pdf = PublicationPDF(
        kind=PdfKind.PROOF,
        page_id=revision.object_id,
        revision=revision,
        fingerprint=print_fingerprint(),
        source_sha256=hashlib.sha256(html.encode()).hexdigest(),
        sha256=hashlib.sha256(rendered.content).hexdigest(),
        page_count=rendered.page_count,
        byte_size=len(rendered.content),
        tagged=False,
    )
    pdf.file.name = storage_put_atomic(storage=default_storage, name=pdf_upload_to(pdf, ""), content=rendered.content)
    pdf.save()

    assert summary(revision, "pdf_proof") == (
        "Die automatische Prüfung hat 1 Fehler gefunden:\n"
        "1. Der PDF-Korrekturabzug ließ sich nur ohne Tags erstellen und ist damit nicht barrierefrei. (Ort: "
        "PDF-Korrekturabzug) – So beheben: Bitte die Technik informieren: Das Taggen ist gescheitert (bekannte "
        "Ursache: manche Tabellen)."
    )
