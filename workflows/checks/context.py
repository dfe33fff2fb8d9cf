"""Everything the checks look at for one revision, each computed once and shared."""

from functools import cached_property

from django.core.files.storage import default_storage

from wagtail.models import Page, Revision

from pdfexport.models import PdfKind, PublicationPDF
from pdfexport.publication import is_publication
from pdfexport.revision_render import pdf_print_html, pdf_render_revision


class ChecksDeferred(Exception):
    """Another worker is rendering this revision's proof right now: run the checks again later."""


class CheckContext:
    def __init__(self, *, revision: Revision) -> None:
        self.revision = revision

    @cached_property
    def page(self) -> Page:
        """The specific page as it is in the revision, not as it is live."""
        return self.revision.as_object()

    @cached_property
    def has_print(self) -> bool:
        """Publications have a print layout and a PDF; listing pages under the
        same workflow have neither, and their checks skip the print side."""
        return is_publication(self.page)

    @cached_property
    def print_html(self) -> str:
        return pdf_print_html(page=self.page, revision=self.revision, kind=PdfKind.PROOF)

    @cached_property
    def web_html(self) -> str:
        """The web page as the preview shows it to reviewers."""
        response = self.page.make_preview_request()
        if response.status_code != 200:
            raise RuntimeError(f"Die Vorschau der Webseite antwortet mit Status {response.status_code}.")
        return response.content.decode(response.charset or "utf-8")

    @cached_property
    def proof_pdf(self) -> PublicationPDF:
        """The stored proof of this revision, rendered now unless it exists: reviewers open the same file.

        Raises ``PdfRenderError`` when it cannot be rendered and ``ChecksDeferred``
        while another worker renders it.
        """
        pdf = pdf_render_revision(revision_id=self.revision.pk, kind=PdfKind.PROOF)
        if pdf is None:
            raise ChecksDeferred(f"Der Korrekturabzug von Revision {self.revision.pk} wird gerade erstellt.")
        return pdf

    @cached_property
    def proof_pdf_bytes(self) -> bytes:
        with default_storage.open(self.proof_pdf.file.name, "rb") as handle:
            return handle.read()
