"""The report an editor reads and the workflow stores: itemised, German, JSON round trip."""

import json

from workflows.checks import CheckOutcome, CheckReport, Finding

ALT = Finding(
    check="alt_text",
    required=True,
    message="Das Bild „Laptop“ hat keinen Alternativtext.",
    location="Feld „Text“ › Block 3 (Bild) › Alternativtext",
    hint="Bitte einen Alternativtext angeben: er beschreibt, was das Bild zeigt.",
)
BROKEN = Finding(check="pdf_proof", required=True, message="Prüfung „PDF“ konnte nicht ausgeführt werden (X: y).")
TEASER = Finding(
    check="teaser_length",
    required=False,
    message="Der Teaser ist mit 40 Zeichen sehr kurz.",
    location="Feld „Teaser“",
    hint="Empfohlen sind 60 bis 200 Zeichen.",
)


def test_errors_are_numbered_with_place_and_fix_then_warnings_that_do_not_block():
    report = CheckReport(findings=[ALT, TEASER, BROKEN])
    assert report.summary_text() == (
        "Die automatische Prüfung hat 2 Fehler gefunden:\n"
        "1. Das Bild „Laptop“ hat keinen Alternativtext. (Ort: Feld „Text“ › Block 3 (Bild) › Alternativtext)"
        " – So beheben: Bitte einen Alternativtext angeben: er beschreibt, was das Bild zeigt.\n"
        "2. Prüfung „PDF“ konnte nicht ausgeführt werden (X: y).\n"
        "\n"
        "1 Hinweis (verhindern die Freigabe nicht):\n"
        "1. Der Teaser ist mit 40 Zeichen sehr kurz. (Ort: Feld „Teaser“) – So beheben: Empfohlen sind 60 bis "
        "200 Zeichen."
    )
    assert report.errors == [ALT, BROKEN] and report.warnings == [TEASER]
    assert not report.passed


def test_warnings_alone_pass():
    report = CheckReport(findings=[TEASER, TEASER])
    assert report.passed
    assert report.summary_text().startswith(
        "Die automatische Prüfung hat keine Fehler gefunden.\n\n2 Hinweise (verhindern die Freigabe nicht):\n1. "
    )


def test_report_survives_a_json_round_trip():
    outcome = CheckOutcome(code="alt_text", label="Alternativtexte", required=True, finding_count=1)
    report = CheckReport(findings=[ALT, TEASER], checks=[outcome])
    stored = json.loads(json.dumps(report.as_dict()))
    assert stored["passed"] is False
    restored = CheckReport.from_dict(stored)
    assert restored == report
    assert restored.summary_text() == report.summary_text()
    assert not restored.checks[0].passed
