"""The pluggable check registry and the run over one revision.

A check is a small function ``check(context) -> Iterable[Finding]`` registered
with ``@check_register``. Required checks block the workflow; recommended ones
only warn. A check that breaks becomes a required finding instead of stopping
the others: a broken check must never wave a publication through.
"""

import dataclasses
import logging
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass

from django.db import transaction

from wagtail.models import Revision

from .context import CheckContext, ChecksDeferred
from .report import CheckOutcome, CheckReport, Finding

logger = logging.getLogger(__name__)

CheckFunction = Callable[[CheckContext], Iterable[Finding]]


@dataclass(frozen=True)
class CheckDefinition:
    code: str
    label: str
    required: bool
    function: CheckFunction


_registry: dict[str, CheckDefinition] = {}


def check_register(*, code: str, label: str, required: bool) -> Callable[[CheckFunction], CheckFunction]:
    """Register the decorated function as the check ``code``; registering a code again replaces it."""

    def decorator(function: CheckFunction) -> CheckFunction:
        _registry[code] = CheckDefinition(code=code, label=label, required=required, function=function)
        return function

    return decorator


def check_unregister(*, code: str) -> None:
    _registry.pop(code, None)


def checks_registered() -> list[CheckDefinition]:
    """The registered checks in registration order."""
    return list(_registry.values())


def checks_run(*, revision: Revision, codes: Iterable[str] | None = None) -> CheckReport:
    """Run every registered check (or only those in ``codes``) against ``revision``.

    Never raises for a broken check. Raises ``ChecksDeferred`` when the proof PDF
    is being rendered by another worker, so that the caller retries later.
    """
    selected = set(codes) if codes is not None else None
    context = CheckContext(revision=revision)
    report = CheckReport()
    for definition in checks_registered():
        if selected is not None and definition.code not in selected:
            continue
        findings = _run_one(definition, context)
        report.findings.extend(findings)
        report.checks.append(
            CheckOutcome(
                code=definition.code,
                label=definition.label,
                required=definition.required,
                finding_count=len(findings),
            )
        )
    return report


def _run_one(definition: CheckDefinition, context: CheckContext) -> list[Finding]:
    findings: list[Finding] = []
    # Inside a caller's transaction a savepoint keeps a database error in one check from
    # poisoning it. Outside, no transaction: the PDF render must not hold one open.
    guard = transaction.atomic() if transaction.get_connection().in_atomic_block else nullcontext()
    try:
        with guard:
            for finding in definition.function(context):
                findings.append(dataclasses.replace(finding, check=definition.code, required=definition.required))
    except ChecksDeferred:
        raise
    except Exception as exc:
        logger.exception("Check %s failed on revision %s", definition.code, context.revision.pk)
        findings.append(
            Finding(
                check=definition.code,
                required=True,
                message=f"Prüfung „{definition.label}“ konnte nicht ausgeführt werden "
                f"({exc.__class__.__name__}: {exc}).",
                hint="Bitte die Technik informieren. Die Prüfung läuft beim erneuten Einreichen wieder.",
            )
        )
    return findings
