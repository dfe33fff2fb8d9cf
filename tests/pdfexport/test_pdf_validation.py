"""Every stored PDF is checked against PDF/UA-1 by an independent validator
(page-validation); the result is kept with it and shown to editors and readers."""

import io
import re
from importlib.metadata import version

from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from cms.models.catalogue_entry import CatalogueEntry
from pdfexport.fingerprint import print_fingerprint
from pdfexport.models import PdfKind, PdfRender, PdfUaStatus, PublicationPDF
from pdfexport.pdfua_rules import RULE_TEXTS, pdfua_rule_text
from pdfexport.selectors import pdf_for_live_revision
from pdfexport.validation import (
    PdfUaFailure,
    pdfua_rules_broken,
    pdfua_stored_rules_broken,
    pdfua_validate,
    pdfua_validate_stored,
    pdfua_validator_label,
)
from tests.pdfexport.pdfua_samples import BROKEN_LIST_RULE, failing_pdf, passing_pdf, store_pdf

VALIDATOR = f"page-validation {version('page-validation')}"
LIST_TEXT = (
    "Eine Liste enthält etwas anderes als Listenpunkte (Regel PDFUA1-L-KIDS-001 des unabhängigen Prüfprogramms "
    "page-validation)"
)


def test_a_minimal_page_passes():
    result = pdfua_validate(content=passing_pdf())
    assert (result.status, result.failures, result.validator) == (PdfUaStatus.PASSED, (), VALIDATOR)


def test_a_broken_list_fails_with_its_rule_object_and_page():
    result = pdfua_validate(content=failing_pdf())
    assert result.status == PdfUaStatus.FAILED
    broken = [failure for failure in result.failures if failure.rule_id == BROKEN_LIST_RULE]
    assert len(broken) == 1
    assert broken[0].message == "an L structure element contains a child other than L, LI, or Caption"
    assert broken[0].page == 1
    assert re.fullmatch(r"\d+ 0 R", broken[0].object)
    texts = [rule.as_text() for rule in pdfua_rules_broken(failures=result.failures)]
    assert f"{LIST_TEXT} – Seite 1." in texts


def test_a_file_the_validator_cannot_parse_fails():
    result = pdfua_validate(content=b"%PDF-1.7 abgeschnitten")
    assert result.status == PdfUaStatus.FAILED
    assert [failure.rule_id for failure in result.failures] == ["PARSE"]
    assert pdfua_rules_broken(failures=result.failures)[0].text.startswith(
        "Das unabhängige Prüfprogramm page-validation kann die Datei nicht als PDF lesen"
    )


def test_a_rule_without_german_text_still_names_its_id_and_message():
    assert pdfua_rule_text(rule_id="PDFUA1-NEU-001", message="something new") == (
        "Das PDF verletzt die Regel PDFUA1-NEU-001 des unabhängigen Prüfprogramms page-validation („something new“)"
    )
    assert pdfua_rule_text(rule_id="PDFUA1-LI-PARENT-001", message="") == (
        "Ein Listenpunkt steht außerhalb einer Liste (Regel PDFUA1-LI-PARENT-001 des unabhängigen Prüfprogramms "
        "page-validation)"
    )


def test_the_rules_seen_in_our_pdfs_have_german_texts():
    assert {"PDFUA1-L-KIDS-001", "PDFUA1-LI-PARENT-001", "PDFUA1-LINK-LINK-TAG-001"} <= set(RULE_TEXTS)
    assert all(rule.startswith("PDFUA1-") and text and not text.endswith(".") for rule, text in RULE_TEXTS.items())


def test_repeated_failures_of_one_rule_are_one_item_with_their_pages():
    failures = [
        PdfUaFailure(rule_id="PDFUA1-LINK-LINK-TAG-001", message="annotation 1 on page 2", page=2),
        PdfUaFailure(rule_id="PDFUA1-LINK-LINK-TAG-001", message="annotation 1 on page 4", page=4),
        PdfUaFailure(rule_id="PDFUA1-LINK-LINK-TAG-001", message="annotation 2 on page 2", page=2),
    ]
    (rule,) = pdfua_rules_broken(failures=failures)
    assert rule.as_text() == (
        "Ein Link ist nicht als Link getaggt und wird von Screenreadern nicht als Link erkannt (Regel "
        "PDFUA1-LINK-LINK-TAG-001 des unabhängigen Prüfprogramms page-validation) – 3 Stellen, Seiten 2, 4."
    )


@pytest.mark.django_db
def test_every_stored_render_carries_the_validators_result(published_fact_sheet):
    pdf = pdf_for_live_revision(page=published_fact_sheet)
    with pdf.file.open("rb") as handle:
        fresh = pdfua_validate(content=handle.read())
    assert pdf.pdfua_status == fresh.status != PdfUaStatus.UNCHECKED
    assert pdf.pdfua_validator == VALIDATOR and pdf.pdfua_checked_at is not None
    assert [item["rule_id"] for item in pdf.pdfua_failures] == [failure.rule_id for failure in fresh.failures]


@pytest.mark.django_db
def test_pdf_validate_fills_in_pdfs_stored_before_the_validator(
    published_fact_sheet, django_capture_on_commit_callbacks
):
    revision = published_fact_sheet.live_revision
    PublicationPDF.objects.filter(page=published_fact_sheet).delete()
    broken = store_pdf(revision=revision, content=failing_pdf())
    assert broken.pdfua_status == PdfUaStatus.UNCHECKED, "what the migration gives existing rows"
    out, err = io.StringIO(), io.StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("pdf_validate", "--unchecked-only", stdout=out, stderr=err)

    broken.refresh_from_db()
    assert broken.pdfua_status == PdfUaStatus.FAILED and broken.pdfua_validator == VALIDATOR
    assert BROKEN_LIST_RULE in {item["rule_id"] for item in broken.pdfua_failures}
    assert "Fertig: 0 bestanden, 1 nicht bestanden, 0 nicht geprüft, 0 ohne lesbare Datei." in out.getvalue()
    assert f"{published_fact_sheet.title} (#{published_fact_sheet.pk}" in out.getvalue()
    assert "PDF/UA-1" in err.getvalue(), "the progress bar"
    assert CatalogueEntry.objects.get(pk=published_fact_sheet.pk).pdf_pdfua_passed is False

    # Repaired (here: replaced by a passing file), checked again: the catalogue follows.
    PublicationPDF.objects.filter(pk=broken.pk).delete()
    store_pdf(revision=revision, content=passing_pdf())
    with django_capture_on_commit_callbacks(execute=True):
        call_command("pdf_validate", stdout=io.StringIO(), stderr=io.StringIO())
    assert CatalogueEntry.objects.get(pk=published_fact_sheet.pk).pdf_pdfua_passed is True


@pytest.mark.django_db
def test_pdf_validate_reports_a_missing_file(published_fact_sheet):
    pdf = pdf_for_live_revision(page=published_fact_sheet)
    pdf.file.storage.delete(pdf.file.name)
    with pytest.raises(CommandError, match="1 PDF-Datei"):
        call_command("pdf_validate", stdout=io.StringIO(), stderr=io.StringIO())


def _text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


@pytest.mark.django_db
def test_the_archive_shows_each_pdfs_result(client, editor, published_fact_sheet):
    revision = published_fact_sheet.live_revision
    PublicationPDF.objects.filter(page=published_fact_sheet).delete()
    good = store_pdf(revision=revision, content=passing_pdf())
    bad = store_pdf(revision=published_fact_sheet.save_revision(), content=failing_pdf())
    unchecked = store_pdf(revision=published_fact_sheet.save_revision(), content=passing_pdf())
    for pdf in (good, bad):
        pdfua_validate_stored(pdf=pdf)
    client.force_login(editor)

    text = _text(client.get(reverse("pdfexport_admin:archive", args=[published_fact_sheet.pk])))

    assert f"PDF/UA-1: bestanden ({VALIDATOR})" in text
    assert "PDF/UA-1: nicht bestanden" in text and f"{LIST_TEXT} – Seite 1." in text
    assert "PDF/UA-1: nicht geprüft" in text
    assert PublicationPDF.objects.get(pk=unchecked.pk).pdfua_status == PdfUaStatus.UNCHECKED


@pytest.mark.django_db
def test_the_proof_panel_shows_the_proofs_result(client, editor, draft_fact_sheet):
    revision = draft_fact_sheet.latest_revision
    proof = store_pdf(revision=revision, content=failing_pdf(), kind=PdfKind.PROOF)
    PdfRender.objects.create(
        revision=revision,
        page_id=draft_fact_sheet.pk,
        fingerprint=print_fingerprint(),
        kind=PdfKind.PROOF,
        status=PdfRender.Status.READY,
        pdf=proof,
    )
    client.force_login(editor)
    url = reverse("pdfexport_admin:proof", args=[draft_fact_sheet.pk])
    assert "PDF/UA-1: nicht geprüft" in _text(client.get(url))

    call_command("pdf_validate", stdout=io.StringIO(), stderr=io.StringIO())
    text = _text(client.get(url))
    assert "PDF/UA-1: nicht bestanden" in text and f"{LIST_TEXT} – Seite 1." in text
    assert [rule.rule_id for rule in pdfua_stored_rules_broken(pdf=PublicationPDF.objects.get(pk=proof.pk))][0] == (
        BROKEN_LIST_RULE
    )


@pytest.mark.django_db
def test_readers_are_told_accessible_only_when_the_validator_passed(client, published_fact_sheet):
    pdf = pdf_for_live_revision(page=published_fact_sheet)
    PublicationPDF.objects.filter(pk=pdf.pk).update(pdfua_status=PdfUaStatus.PASSED)
    meta = BeautifulSoup(client.get(published_fact_sheet.url).content, "html.parser").select_one(
        ".pdf-download .pdf-download__meta"
    )
    assert meta.get_text().endswith(", barrierefrei (PDF/UA-1 geprüft))")

    for status in (PdfUaStatus.FAILED, PdfUaStatus.UNCHECKED):
        PublicationPDF.objects.filter(pk=pdf.pk).update(pdfua_status=status)
        meta = BeautifulSoup(client.get(published_fact_sheet.url).content, "html.parser").select_one(
            ".pdf-download .pdf-download__meta"
        )
        assert "barrierefrei" not in meta.get_text() and "Seite" in meta.get_text()


def test_the_label_names_the_installed_validator():
    assert pdfua_validator_label() == VALIDATOR
