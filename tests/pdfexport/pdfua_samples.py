"""PDFs that pass or fail the independent PDF/UA-1 validator on purpose.

Built here, not taken from the publications' renders, so the tests hold
whatever the tagging achieves: the passing one is a minimal page, the
failing one the same page with a list broken afterwards.
"""

import hashlib
import io

from django.core.files.storage import default_storage

import pikepdf

from pdfexport.fingerprint import print_fingerprint
from pdfexport.models import PdfKind, PublicationPDF, pdf_upload_to
from pdfexport.rendering import html_render_pdf
from pdfexport.revision_render import pdf_print_html
from pdfexport.storage import storage_put_atomic
from pdfexport.structure import structure_elements

MINIMAL_HTML = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Prüfstück</title></head>'
    "<body><h1>Prüfstück</h1><p>Ein Absatz.</p><ul><li>Eins</li><li>Zwei</li></ul></body></html>"
)
BROKEN_LIST_RULE = "PDFUA1-L-KIDS-001"


def passing_pdf() -> bytes:
    return html_render_pdf(html=MINIMAL_HTML).content


def failing_pdf() -> bytes:
    """The minimal page with its first list item turned into a paragraph: the list
    then holds something other than list items (PDFUA1-L-KIDS-001), on page 1."""
    with pikepdf.open(io.BytesIO(passing_pdf())) as pdf:
        listing = next(element for element in structure_elements(pdf) if element.get("/S") == pikepdf.Name.L)
        listing.get("/K")[0].S = pikepdf.Name.P
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def store_pdf(*, revision, content: bytes, kind: str = PdfKind.PUBLICATION, **fields) -> PublicationPDF:
    """Store ``content`` as the ``kind`` PDF of ``revision``, keyed as the renderer keys it (so
    that the pipeline finds and reuses it), without validating it: "nicht geprüft" unless
    ``fields`` say otherwise."""
    page = revision.as_object()
    html = pdf_print_html(page=page, revision=revision, kind=kind)
    pdf = PublicationPDF(
        kind=kind,
        page_id=revision.object_id,
        revision=revision,
        fingerprint=print_fingerprint(),
        source_sha256=hashlib.sha256(html.encode()).hexdigest(),
        sha256=hashlib.sha256(content).hexdigest(),
        page_count=1,
        byte_size=len(content),
        tagged=True,
        **fields,
    )
    pdf.file.name = storage_put_atomic(storage=default_storage, name=pdf_upload_to(pdf, ""), content=content)
    pdf.save()
    return pdf
