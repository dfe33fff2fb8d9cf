"""The PDF proof of this revision renders and is an accessible PDF: tagged, with
language, title and alt texts. The proof is stored, so reviewers open the very
file that was checked."""

from collections.abc import Iterator

from pdfexport.revision_render import PdfRenderError
from pdfexport.structure import pdf_structure_findings

from .registry import check_register
from .report import Finding

LOCATION = "PDF-Korrekturabzug"
TECHNICAL_HINT = "Das liegt an der PDF-Erstellung, nicht am Inhalt: bitte die Technik informieren."
HINTS = {
    "no_lang": "Bitte im Feld „Sprache“ die Sprache der Publikation wählen; sonst die Technik informieren.",
    "no_title": "Bitte den Titel der Seite ausfüllen; sonst die Technik informieren.",
    "figure_without_alt": "Bitte jedem Bild einen Alternativtext geben (siehe Prüfung „Alternativtexte“).",
}
# Said once by the untagged-fallback finding; the structure problems would repeat it.
UNTAGGED_CODES = {"untagged", "not_marked", "no_pdfua", "no_display_title"}


@check_register(code="pdf_proof", label="PDF-Korrekturabzug", required=True)
def check_pdf_proof(context) -> Iterator[Finding]:
    if not context.has_print:
        return
    try:
        pdf = context.proof_pdf
    except PdfRenderError as exc:
        yield Finding(
            message=f"Der PDF-Korrekturabzug konnte nicht erstellt werden: {exc}",
            location=LOCATION,
            hint=(
                "Bitte später erneut einreichen; scheitert es wieder, die Technik informieren."
                if exc.retryable
                else "Bitte den Inhalt kürzen, z. B. sehr lange Tabellen aufteilen, und erneut einreichen."
            ),
        )
        return
    if not pdf.tagged:
        yield Finding(
            message="Der PDF-Korrekturabzug ließ sich nur ohne Tags erstellen und ist damit nicht barrierefrei.",
            location=LOCATION,
            hint="Bitte die Technik informieren: Das Taggen ist gescheitert (bekannte Ursache: manche Tabellen).",
        )
    for problem in pdf_structure_findings(content=context.proof_pdf_bytes):
        if not pdf.tagged and problem.code in UNTAGGED_CODES:
            continue
        yield Finding(message=problem.message, location=LOCATION, hint=HINTS.get(problem.code, TECHNICAL_HINT))
