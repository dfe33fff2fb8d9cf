"""The independent PDF/UA-1 check of every stored PDF, with page-validation.

Our own checks (``structure.py``) read what we meant to write; this validator
was written by others against the standard, so it is the one that decides
whether readers are told a PDF is accessible. It runs on every stored render
(``revision_render.py``), its result is kept with the PDF, and ``pdf_validate``
checks stored PDFs again (docs/pdf-engine.md, "Unabhängige PDF/UA-Prüfung").
"""

import io
import logging
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from importlib.metadata import version

from django.core.files.storage import default_storage
from django.utils import timezone

import page as page_validation
import pikepdf

from .models import PdfUaStatus, PublicationPDF
from .pdfua_rules import PARSE_RULE, VALIDATOR_NAME, pdfua_rule_text

logger = logging.getLogger(__name__)

PROFILE = "ua1"
# Some messages name the page themselves: "annotation 1 on page 2 is not nested …".
_PAGE_IN_MESSAGE = re.compile(r"\bon page (\d+)\b")


@dataclass(frozen=True, kw_only=True)
class PdfUaFailure:
    rule_id: str
    message: str
    #: 1-based, where the validator's message or the object it names tells.
    page: int | None = None
    #: The PDF object the validator names, e.g. "68 0 R".
    object: str | None = None


@dataclass(frozen=True, kw_only=True)
class PdfUaRuleBroken:
    """One broken rule, however often: what editors and reviewers read."""

    rule_id: str
    #: German: what the rule means, naming the rule id and the validator.
    text: str
    count: int
    pages: tuple[int, ...]

    @property
    def where(self) -> str:
        """ "Seite 2", "Seiten 2, 5": empty when the validator does not say."""
        if not self.pages:
            return ""
        if len(self.pages) == 1:
            return f"Seite {self.pages[0]}"
        return f"Seiten {', '.join(map(str, self.pages))}"

    def as_text(self) -> str:
        detail = f" – {self.count} Stellen" if self.count > 1 else ""
        if self.where:
            detail += f"{',' if detail else ' –'} {self.where}"
        return f"{self.text}{detail}."


@dataclass(frozen=True, kw_only=True)
class PdfUaResult:
    status: str
    failures: tuple[PdfUaFailure, ...]
    validator: str


def pdfua_validator_label() -> str:
    """ "page-validation 0.11.0": stored with every result, so an archive row says what checked it."""
    return f"{VALIDATOR_NAME} {version(VALIDATOR_NAME)}"


def pdfua_validate(*, content: bytes) -> PdfUaResult:
    """Validate ``content`` against PDF/UA-1.

    A file the validator cannot parse fails; one it refuses to read for its
    safety limits, or a crash of the validator itself, leaves it unchecked: that
    says nothing about the PDF, and must not stop it from being stored.
    """
    label = pdfua_validator_label()
    try:
        report = page_validation.validate_pdf_bytes(content, profile=PROFILE)
    except page_validation.ParseError as exc:
        failure = PdfUaFailure(rule_id=PARSE_RULE, message=str(exc))
        return PdfUaResult(status=PdfUaStatus.FAILED, failures=(failure,), validator=label)
    except Exception:
        logger.exception("PDF/UA validation could not run")
        return PdfUaResult(status=PdfUaStatus.UNCHECKED, failures=(), validator=label)
    if report.is_compliant:
        return PdfUaResult(status=PdfUaStatus.PASSED, failures=(), validator=label)
    pages = _pages_of_objects(content)
    failures = tuple(_failure(item, pages=pages) for item in report.failures)
    return PdfUaResult(status=PdfUaStatus.FAILED, failures=failures, validator=label)


def pdfua_apply(*, pdf: PublicationPDF, result: PdfUaResult) -> list[str]:
    """Put ``result`` on ``pdf`` (not saved); returns the changed fields for ``save(update_fields=…)``."""
    pdf.pdfua_status = result.status
    pdf.pdfua_failures = [asdict(failure) for failure in result.failures]
    pdf.pdfua_validator = result.validator
    pdf.pdfua_checked_at = timezone.now()
    return ["pdfua_status", "pdfua_failures", "pdfua_validator", "pdfua_checked_at"]


def pdfua_validate_stored(*, pdf: PublicationPDF, content: bytes | None = None) -> PdfUaResult:
    """Validate a stored PDF again and save the result (its file is read unless ``content`` is given)."""
    if content is None:
        with default_storage.open(pdf.file.name, "rb") as handle:
            content = handle.read()
    result = pdfua_validate(content=content)
    before = pdf.pdfua_status
    fields = pdfua_apply(pdf=pdf, result=result)
    if result.status == before:
        # The catalogue rebuilds an entry when the status is saved (cms/catalogue/receivers.py);
        # unchanged, there is nothing for it to follow.
        fields.remove("pdfua_status")
    pdf.save(update_fields=fields)
    return result


def pdfua_rules_broken(*, failures: Iterable[PdfUaFailure]) -> list[PdfUaRuleBroken]:
    """The failures grouped by rule, in the order the validator first reported each."""
    grouped: dict[str, list[PdfUaFailure]] = {}
    for failure in failures:
        grouped.setdefault(failure.rule_id, []).append(failure)
    return [
        PdfUaRuleBroken(
            rule_id=rule_id,
            text=pdfua_rule_text(rule_id=rule_id, message=items[0].message),
            count=len(items),
            pages=tuple(sorted({item.page for item in items if item.page is not None})),
        )
        for rule_id, items in grouped.items()
    ]


def pdfua_stored_rules_broken(*, pdf: PublicationPDF) -> list[PdfUaRuleBroken]:
    """What the stored result of ``pdf`` says is wrong, grouped by rule."""
    return pdfua_rules_broken(failures=[PdfUaFailure(**item) for item in pdf.pdfua_failures])


def _failure(item, *, pages: dict[tuple[int, int], int]) -> PdfUaFailure:
    object_id = item.object_id
    page = None
    reference = None
    if object_id is not None:
        key = (object_id.object_number, object_id.generation)
        reference = f"{key[0]} {key[1]} R"
        page = pages.get(key)
    if page is None and (match := _PAGE_IN_MESSAGE.search(item.message)):
        page = int(match.group(1))
    return PdfUaFailure(rule_id=item.rule_id, message=item.message, page=page, object=reference)


def _pages_of_objects(content: bytes) -> dict[tuple[int, int], int]:
    """The 1-based page of each page, annotation and structure element that says where it is.

    A structure element without /Pg of its own is on the page of its first
    descendant that has one: a list names no page, its items do.
    """
    try:
        pdf = pikepdf.open(io.BytesIO(content))
    except pikepdf.PdfError:
        return {}
    with pdf:
        numbers: dict[tuple[int, int], int] = {}
        for number, pdf_page in enumerate(pdf.pages, start=1):
            numbers[pdf_page.obj.objgen] = number
            for annotation in pdf_page.obj.get("/Annots", []):
                if isinstance(annotation, pikepdf.Dictionary):
                    numbers.setdefault(annotation.objgen, number)
        root = pdf.Root.get("/StructTreeRoot")
        if root is not None:
            _element_pages(root.get("/K"), numbers=numbers, seen=set())
        return numbers


def _element_pages(node, *, numbers: dict, seen: set) -> int | None:
    """Record the page of ``node`` and its descendants; returns the page of ``node``."""
    if isinstance(node, pikepdf.Array):
        found = None
        for child in node:
            page = _element_pages(child, numbers=numbers, seen=seen)
            found = found or page
        return found
    if not isinstance(node, pikepdf.Dictionary):
        return None
    if node.objgen != (0, 0):
        # A hostile tree may loop back to an ancestor.
        if node.objgen in seen:
            return numbers.get(node.objgen)
        seen.add(node.objgen)
    own = node.get("/Pg")
    page = numbers.get(own.objgen) if isinstance(own, pikepdf.Dictionary) else None
    below = _element_pages(node.get("/K"), numbers=numbers, seen=seen)
    page = page or below
    if page is not None and node.objgen != (0, 0):
        numbers.setdefault(node.objgen, page)
    return page
