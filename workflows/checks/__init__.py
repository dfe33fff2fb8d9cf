"""Automated publication checks: a registry of small check functions run against
one page revision, each required (blocks the workflow) or recommended (warns).

    report = checks_run(revision=revision)
    report.passed, report.findings, report.summary_text(), report.as_dict()
"""

# Importing the check modules registers their checks, in this order.
from . import metadata, translation, alt_texts, headings, links, funding_notice  # noqa: F401, I001
from . import pdf_structure, pdfua_validator, recommended  # noqa: F401
from .context import CheckContext, ChecksDeferred
from .registry import CheckDefinition, check_register, check_unregister, checks_registered, checks_run
from .report import CheckOutcome, CheckReport, Finding

__all__ = [
    "CheckContext",
    "CheckDefinition",
    "CheckOutcome",
    "CheckReport",
    "ChecksDeferred",
    "Finding",
    "check_register",
    "check_unregister",
    "checks_registered",
    "checks_run",
]
