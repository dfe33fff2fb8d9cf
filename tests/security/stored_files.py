"""Stored PDFs and documents for the private-storage tests."""

import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from wagtail.documents.models import Document
from wagtail.models import Collection

from pdfexport.models import PublicationPDF, pdf_upload_to
from pdfexport.storage import storage_put_atomic

PROOF_BYTES = b"%PDF-1.7 Korrekturabzug eines Entwurfs"


def pdf_store(*, page, kind: str, content: bytes) -> PublicationPDF:
    """A PDF stored the way the render job stores one (pdfexport/revision_render.py)."""
    pdf = PublicationPDF(
        kind=kind,
        page=page,
        revision=page.latest_revision,
        fingerprint="f" * 64,
        source_sha256="s" * 64,
        sha256=hashlib.sha256(content).hexdigest(),
        page_count=1,
        byte_size=len(content),
    )
    pdf.file.name = storage_put_atomic(storage=default_storage, name=pdf_upload_to(pdf, ""), content=content)
    pdf.save()
    return pdf


def document_create(*, name: str, content: bytes, collection=None) -> Document:
    return Document.objects.create(
        title="Bericht", file=ContentFile(content, name=name), collection=collection or Collection.get_first_root_node()
    )
