"""Running one check the way the workflow runs all of them."""

from workflows.checks import checks_run

PASSED = "Die automatische Prüfung hat keine Fehler gefunden."


def summary(revision, code: str) -> str:
    """The itemised text of one check, as the editor reads it."""
    return checks_run(revision=revision, codes=[code]).summary_text()
