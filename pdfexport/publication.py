"""What "a publication" is to the rest of the system, asked in one place.

A publication is a page type that is a web page and a PDF from the same
content: the PDF pipeline renders it, the review checks look at its print
side, the admin offers its proofs. ``PdfRouteMixin`` is the implementation
every such page type mixes in (``cms.models.BasePublicationPage`` for the four
publication types, and parts with their own PDF such as magazine articles);
``Publication`` names the interface the other apps rely on, so they never ask
``hasattr`` of a page.
"""

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from wagtail.models import Page, get_page_models

from .routes import PdfRouteMixin

if TYPE_CHECKING:
    from .withdrawal import PdfWithdrawalNotice


@runtime_checkable
class Publication(Protocol):
    """The interface of a publication page, as its users see it."""

    #: Shown in file names, headings and the admin, e.g. "IQ Fact Sheet".
    publication_type_label: str

    #: The ``cms.FundingNotice`` printed on it, its own or its parent's (an article's issue); None if unset.
    funding_notice: object

    def get_print_template(self) -> str: ...

    def get_print_context(self, *, revision) -> dict: ...

    def pdf_filename(self, *, suffix: str = "") -> str: ...

    # The document title readers see in the window: the print HTML's <title>.
    def pdf_document_title(self) -> str: ...

    def pdf_dependent_pages(self) -> list[Page]: ...

    def pdf_file_name_dependents(self) -> list[Page]: ...

    def pdf_withdrawal_notice(self) -> "PdfWithdrawalNotice | None": ...

    def pdf_live_kinds(self) -> tuple[str, ...]: ...


def is_publication(page_or_model: Page | type[Page] | None) -> bool:
    """Whether a page (or page type) is a publication with a web page and a PDF.

    Accepts a specific or a generic page; a generic ``Page`` is not one, so
    callers holding ``Page`` objects pass ``page.specific_class`` or the
    specific page.
    """
    if page_or_model is None:
        return False
    model = page_or_model if isinstance(page_or_model, type) else type(page_or_model)
    return issubclass(model, PdfRouteMixin)


def publication_models() -> list[type[Page]]:
    """Every page type that is a publication (including parts with their own PDF, e.g. articles)."""
    return [model for model in get_page_models() if is_publication(model)]
