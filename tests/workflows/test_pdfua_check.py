"""Before review, the proof must pass the independent PDF/UA-1 validator; a
failure is itemised per rule in German, with where it is."""

import pytest

from cms.factories import OrganisationFactory, TopicFactory
from factsheets.factories import FactSheetPageFactory
from pdfexport.models import PdfKind, PdfUaStatus, PublicationPDF
from tests.pdfexport.pdfua_samples import failing_pdf, passing_pdf, store_pdf
from tests.workflows.checks.helpers import PASSED, summary
from workflows.checks import checks_registered

TECHNICAL = "So beheben: Das liegt an der PDF-Erstellung, nicht am Inhalt: bitte die Technik informieren."


@pytest.fixture
def revision(fact_sheet_index):
    """A complete fact sheet's draft revision, as submitted for review."""
    page = FactSheetPageFactory(parent=fact_sheet_index, live=False)
    page.publishers.set([OrganisationFactory(name="ebb GmbH")])
    page.topics.set([TopicFactory(name="Anerkennung", slug="anerkennung")])
    return page.save_revision(clean=False)


def _proof(revision) -> PublicationPDF:
    return PublicationPDF.objects.get(revision=revision, kind=PdfKind.PROOF)


def test_the_check_is_required_and_runs_after_the_proof_check():
    codes = [check.code for check in checks_registered()]
    assert codes.index("pdfua_validator") == codes.index("pdf_proof") + 1
    assert next(check for check in checks_registered() if check.code == "pdfua_validator").required


@pytest.mark.django_db
def test_a_proof_the_validator_passes_passes(revision):
    store_pdf(revision=revision, content=passing_pdf(), kind=PdfKind.PROOF)
    assert summary(revision, "pdfua_validator") == PASSED
    # Validated once and kept, for the proof panel and the next run.
    assert _proof(revision).pdfua_status == PdfUaStatus.PASSED


@pytest.mark.django_db
def test_a_proof_the_validator_fails_is_itemised_per_rule(revision):
    store_pdf(revision=revision, content=failing_pdf(), kind=PdfKind.PROOF)
    text = summary(revision, "pdfua_validator")
    assert text.startswith("Die automatische Prüfung hat 2 Fehler gefunden:\n")
    assert (
        "1. Eine Liste enthält etwas anderes als Listenpunkte (Regel PDFUA1-L-KIDS-001 des unabhängigen "
        f"Prüfprogramms page-validation). (Ort: PDF-Korrekturabzug, Seite 1) – {TECHNICAL}"
    ) in text
    assert "2. Ein Listentext steht außerhalb eines Listenpunkts (Regel PDFUA1-LBODY-PARENT-001" in text
    assert _proof(revision).pdfua_status == PdfUaStatus.FAILED


@pytest.mark.django_db
def test_a_stored_result_is_reused_not_validated_again(revision):
    """The file passes, but the stored result says otherwise: the check believes the
    stored result, which is what the render recorded and the proof panel shows."""
    stored = [
        {"rule_id": "PDFUA1-LINK-LINK-TAG-001", "message": "annotation 1 on page 2 …", "page": 2, "object": None},
        {"rule_id": "PDFUA1-LINK-LINK-TAG-001", "message": "annotation 2 on page 3 …", "page": 3, "object": None},
        {"rule_id": "PDFUA1-KUENFTIG-001", "message": "a rule of a later release", "page": None, "object": None},
    ]
    store_pdf(
        revision=revision,
        content=passing_pdf(),
        kind=PdfKind.PROOF,
        pdfua_status=PdfUaStatus.FAILED,
        pdfua_failures=stored,
        pdfua_validator="page-validation 0.11.0",
    )
    assert summary(revision, "pdfua_validator") == (
        "Die automatische Prüfung hat 2 Fehler gefunden:\n"
        "1. Ein Link ist nicht als Link getaggt und wird von Screenreadern nicht als Link erkannt (Regel "
        "PDFUA1-LINK-LINK-TAG-001 des unabhängigen Prüfprogramms page-validation) – 2 Stellen. "
        f"(Ort: PDF-Korrekturabzug, Seiten 2, 3) – {TECHNICAL}\n"
        "2. Das PDF verletzt die Regel PDFUA1-KUENFTIG-001 des unabhängigen Prüfprogramms page-validation "
        f"(„a rule of a later release“). (Ort: PDF-Korrekturabzug) – {TECHNICAL}"
    )
    assert _proof(revision).pdfua_status == PdfUaStatus.FAILED


@pytest.mark.django_db
def test_a_validator_that_cannot_run_blocks(revision, monkeypatch):
    store_pdf(revision=revision, content=passing_pdf(), kind=PdfKind.PROOF)

    def crash(*args, **kwargs):
        raise RuntimeError("kaputt")

    monkeypatch.setattr("page.validate_pdf_bytes", crash)
    text = summary(revision, "pdfua_validator")
    assert "1. Das unabhängige Prüfprogramm page-validation konnte den PDF-Korrekturabzug nicht prüfen." in text
    assert _proof(revision).pdfua_status == PdfUaStatus.UNCHECKED


@pytest.mark.django_db
def test_the_proof_rendered_for_the_checks_is_validated_at_render_time(revision):
    """Without a stored proof the check renders one through the pipeline; whatever
    the tagging achieves, the check says what the stored result says."""
    text = summary(revision, "pdfua_validator")
    proof = _proof(revision)
    assert proof.pdfua_checked_at is not None and proof.pdfua_status != PdfUaStatus.UNCHECKED
    assert (text == PASSED) == (proof.pdfua_status == PdfUaStatus.PASSED)
    for item in proof.pdfua_failures:
        assert f"Regel {item['rule_id']} des unabhängigen Prüfprogramms page-validation" in text


@pytest.mark.django_db
def test_listing_pages_have_no_proof_to_validate(fact_sheet_index):
    assert summary(fact_sheet_index.save_revision(), "pdfua_validator") == PASSED
    assert not PublicationPDF.objects.exists()
