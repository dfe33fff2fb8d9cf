"""The PDF proof passes the independent PDF/UA-1 validator (page-validation).

Our own structure check (``pdf_structure.py``) stays for what it explains
better; this one asks a validator we did not write, so a proof only goes to
review when that validator accepts it. The result is stored with the proof
at render time and reused here; a proof stored before the validator was part
of the pipeline is validated now, and the result kept.
"""

from collections.abc import Iterator

from pdfexport.models import PdfUaStatus
from pdfexport.pdfua_rules import VALIDATOR_NAME
from pdfexport.revision_render import PdfRenderError
from pdfexport.validation import pdfua_stored_rules_broken, pdfua_validate_stored

from .registry import check_register
from .report import Finding

LOCATION = "PDF-Korrekturabzug"
TECHNICAL_HINT = "Das liegt an der PDF-Erstellung, nicht am Inhalt: bitte die Technik informieren."
# Rules an editor can satisfy in the content; every other one is the PDF engine's to fix.
HINTS = {
    "PDFUA1-FIGURE-ALTERNATIVE-TEXT-001": "Bitte jedem Bild einen Alternativtext geben (Prüfung „Alternativtexte“).",
    "PDFUA1-HEADING-NESTING-001": "Bitte keine Überschriftenebene überspringen (Prüfung „Überschriftenebenen“).",
    "PDFUA1-METADATA-TITLE-001": "Bitte den Titel der Seite ausfüllen; sonst die Technik informieren.",
}


@check_register(code="pdfua_validator", label="Unabhängige PDF/UA-1-Prüfung", required=True)
def check_pdfua_validator(context) -> Iterator[Finding]:
    if not context.has_print:
        return
    try:
        pdf = context.proof_pdf
    except PdfRenderError:
        # The proof check says that it could not be rendered, and why.
        return
    if pdf.pdfua_status == PdfUaStatus.UNCHECKED:
        pdfua_validate_stored(pdf=pdf, content=context.proof_pdf_bytes)
    if pdf.pdfua_status == PdfUaStatus.UNCHECKED:
        yield Finding(
            message=f"Das unabhängige Prüfprogramm {VALIDATOR_NAME} konnte den PDF-Korrekturabzug nicht prüfen.",
            location=LOCATION,
            hint="Bitte später erneut einreichen; scheitert es wieder, die Technik informieren.",
        )
        return
    for rule in pdfua_stored_rules_broken(pdf=pdf):
        count = f" – {rule.count} Stellen" if rule.count > 1 else ""
        yield Finding(
            message=f"{rule.text}{count}.",
            location=f"{LOCATION}, {rule.where}" if rule.where else LOCATION,
            hint=HINTS.get(rule.rule_id, TECHNICAL_HINT),
        )
