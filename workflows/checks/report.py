"""What the automated checks found: findings, the report stored with a check run,
and the itemised German text an editor reads in the rejection comment."""

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, kw_only=True)
class Finding:
    """One problem: what is wrong, where, and how to fix it (German, for editors).

    Check functions leave ``check`` and ``required`` alone; the registry fills in
    the code and weight of the check that produced the finding.
    """

    check: str = ""
    required: bool = True
    message: str
    location: str = ""
    hint: str = ""

    def as_line(self) -> str:
        line = self.message
        if self.location:
            line += f" (Ort: {self.location})"
        if self.hint:
            line += f" – So beheben: {self.hint}"
        return line


@dataclass(frozen=True, kw_only=True)
class CheckOutcome:
    """That a check ran, and with how many findings; lets the admin list passed checks too."""

    code: str
    label: str
    required: bool
    finding_count: int

    @property
    def passed(self) -> bool:
        return self.finding_count == 0


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    checks: list[CheckOutcome] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.required]

    @property
    def warnings(self) -> list[Finding]:
        return [finding for finding in self.findings if not finding.required]

    @property
    def passed(self) -> bool:
        """Recommended checks warn; only a required finding blocks."""
        return not self.errors

    def as_dict(self) -> dict:
        return {
            "passed": self.passed,
            "findings": [asdict(finding) for finding in self.findings],
            "checks": [asdict(outcome) for outcome in self.checks],
        }

    @classmethod
    def from_dict(cls, data: dict) -> "CheckReport":
        return cls(
            findings=[Finding(**finding) for finding in data.get("findings", [])],
            checks=[CheckOutcome(**outcome) for outcome in data.get("checks", [])],
        )

    def summary_text(self) -> str:
        """The rejection comment: every error numbered, then the warnings that do not block."""
        errors, warnings = self.errors, self.warnings
        if errors:
            parts = [f"Die automatische Prüfung hat {len(errors)} Fehler gefunden:\n{_numbered(errors)}"]
        else:
            parts = ["Die automatische Prüfung hat keine Fehler gefunden."]
        if warnings:
            noun = "Hinweis" if len(warnings) == 1 else "Hinweise"
            parts.append(f"{len(warnings)} {noun} (verhindern die Freigabe nicht):\n{_numbered(warnings)}")
        return "\n\n".join(parts)


def _numbered(findings: list[Finding]) -> str:
    return "\n".join(f"{number}. {finding.as_line()}" for number, finding in enumerate(findings, start=1))
