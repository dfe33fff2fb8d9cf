"""Migration 0005 moves the PDFs and documents already stored from MEDIA_ROOT
to the private root, under the same names, and leaves the images where they are."""

import importlib
from pathlib import Path

from django.apps import apps

import pytest

from pdfexport.models import PdfKind
from tests.security.stored_files import PROOF_BYTES, document_create, pdf_store

migration = importlib.import_module("pdfexport.migrations.0005_private_storage")


def _back_to_media_root(settings, name: str) -> Path:
    """Put a stored file where it lay before this change."""
    private, public = Path(settings.IQ_PRIVATE_MEDIA_ROOT) / name, Path(settings.MEDIA_ROOT) / name
    public.parent.mkdir(parents=True, exist_ok=True)
    private.replace(public)
    return public


@pytest.mark.django_db
def test_stored_pdfs_documents_and_leftovers_move_to_the_private_root(settings, draft_fact_sheet):
    proof = pdf_store(page=draft_fact_sheet, kind=PdfKind.PROOF, content=PROOF_BYTES)
    document = document_create(name="bericht.pdf", content=b"%PDF-1.7 Dokument")
    for name in (proof.file.name, document.file.name):
        _back_to_media_root(settings, name)
    leftover = Path(settings.MEDIA_ROOT) / "publications/pdf/ab/.tmp-1234.pdf"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"%PDF-1.7 halb")
    image = Path(settings.MEDIA_ROOT) / "original_images/foto.png"
    image.parent.mkdir(parents=True)
    image.write_bytes(b"png")

    migration.files_make_private(apps, None)
    migration.files_make_private(apps, None)  # a second run changes nothing

    private = Path(settings.IQ_PRIVATE_MEDIA_ROOT)
    assert (private / proof.file.name).read_bytes() == PROOF_BYTES
    assert (private / document.file.name).read_bytes() == b"%PDF-1.7 Dokument"
    assert (private / "publications/pdf/ab/.tmp-1234.pdf").exists()
    remaining = sorted(
        p.relative_to(settings.MEDIA_ROOT).as_posix() for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()
    )
    assert remaining == ["original_images/foto.png"]
    proof.refresh_from_db()
    assert proof.file.open("rb").read() == PROOF_BYTES


@pytest.mark.django_db
def test_reversing_puts_the_files_back(settings, draft_fact_sheet):
    proof = pdf_store(page=draft_fact_sheet, kind=PdfKind.PROOF, content=PROOF_BYTES)

    migration.files_make_public_again(apps, None)

    assert (Path(settings.MEDIA_ROOT) / proof.file.name).read_bytes() == PROOF_BYTES
    assert not (Path(settings.IQ_PRIVATE_MEDIA_ROOT) / proof.file.name).exists()


@pytest.mark.django_db
def test_a_database_without_files_touches_no_file(settings, monkeypatch):
    # A fresh database (every test run's) must not move a developer's var/media.
    monkeypatch.setattr(migration, "roots", lambda: pytest.fail("roots() read on an empty database"))

    migration.files_make_private(apps, None)
