"""Checks are pluggable: a registered function runs, a broken one blocks without
stopping the others, and recommended findings never block."""

from django.db import connection

import pytest
import wagtail_factories

from cms.stream_data import figure, heading
from pdfexport.fingerprint import print_fingerprint
from pdfexport.models import PdfKind, PdfRender, PublicationPDF
from workflows.checks import (
    ChecksDeferred,
    Finding,
    check_register,
    check_unregister,
    checks_registered,
    checks_run,
)
from workflows.checks import registry as check_registry

BUILT_IN = [
    ("metadata", "Pflichtangaben", True),
    ("translation_complete", "Übersetzung vollständig", True),
    ("alt_text", "Alternativtexte", True),
    ("headings", "Überschriftenebenen", True),
    ("internal_links", "Interne Links", True),
    ("funding_notice", "Förderhinweis", True),
    ("pdf_proof", "PDF-Korrekturabzug", True),
    ("pdfua_validator", "Unabhängige PDF/UA-1-Prüfung", True),
    ("teaser_length", "Länge des Teasers", False),
    ("reading_level", "Lesbarkeit", False),
]


@pytest.fixture
def only_test_checks(monkeypatch):
    """An empty registry for this test; the built-in checks come back afterwards."""
    monkeypatch.setattr(check_registry, "_registry", {})


def test_built_in_checks_are_registered_in_order_with_their_weight():
    assert [(check.code, check.label, check.required) for check in checks_registered()] == BUILT_IN


@pytest.mark.django_db
def test_a_registered_check_runs_and_its_findings_carry_its_code(only_test_checks, fact_sheet_revision):
    revision = fact_sheet_revision()

    @check_register(code="title_case", label="Titel", required=True)
    def check_title(context):
        yield Finding(message=f"„{context.page.title}“ ist zu lang.", location="Feld „Titel“", hint="Kürzen.")

    assert [check.code for check in checks_registered()] == ["title_case"]
    report = checks_run(revision=revision)
    assert report.findings == [
        Finding(
            check="title_case",
            required=True,
            message=f"„{revision.content['title']}“ ist zu lang.",
            location="Feld „Titel“",
            hint="Kürzen.",
        )
    ]
    assert not report.passed

    check_unregister(code="title_case")
    assert checks_registered() == []


@pytest.mark.django_db
def test_a_broken_check_becomes_a_required_finding_and_the_others_still_run(only_test_checks, fact_sheet_revision):
    revision = fact_sheet_revision()

    @check_register(code="before", label="Davor", required=False)
    def before(context):
        yield Finding(message="Hinweis davor.")

    @check_register(code="broken", label="Kaputt", required=False)
    def broken(context):
        yield Finding(message="Teilbefund.")
        raise ValueError("Feld fehlt")

    @check_register(code="after", label="Danach", required=True)
    def after(context):
        return []

    report = checks_run(revision=revision)
    assert [(finding.check, finding.required, finding.message) for finding in report.findings] == [
        ("before", False, "Hinweis davor."),
        ("broken", False, "Teilbefund."),
        ("broken", True, "Prüfung „Kaputt“ konnte nicht ausgeführt werden (ValueError: Feld fehlt)."),
    ]
    assert [(check.code, check.finding_count) for check in report.checks] == [
        ("before", 1),
        ("broken", 2),
        ("after", 0),
    ]
    assert not report.passed


@pytest.mark.django_db
def test_a_database_error_in_one_check_leaves_the_transaction_usable(only_test_checks, fact_sheet_revision):
    revision = fact_sheet_revision()

    @check_register(code="sql", label="SQL", required=True)
    def bad_sql(context):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_table")
        return []

    @check_register(code="reads", label="Liest", required=True)
    def reads(context):
        return [Finding(message=f"Seite {context.page.pk} gelesen.")]

    report = checks_run(revision=revision)
    assert [finding.check for finding in report.findings] == ["sql", "reads"]


@pytest.mark.django_db
def test_recommended_findings_never_block(only_test_checks, fact_sheet_revision):
    @check_register(code="style", label="Stil", required=False)
    def style(context):
        return [Finding(message="Zu viele Adjektive."), Finding(message="Passiv.")]

    report = checks_run(revision=fact_sheet_revision())
    assert report.passed and len(report.warnings) == 2 and report.errors == []


@pytest.mark.django_db
def test_the_page_is_read_from_the_revision_once_for_all_checks(only_test_checks, fact_sheet_revision):
    revision = fact_sheet_revision(title="Fassung in der Prüfung")
    revision.content["title"] = "Eingereichte Fassung"
    revision.save()
    seen = []
    for code in ("one", "two"):
        check_register(code=code, label=code, required=True)(lambda context: seen.append(context.page) or [])

    checks_run(revision=revision)
    assert seen[0] is seen[1] and seen[0].title == "Eingereichte Fassung"


@pytest.mark.django_db
def test_checks_wait_while_another_worker_renders_the_proof(fact_sheet_revision):
    revision = fact_sheet_revision()
    PdfRender.objects.create(
        revision=revision,
        page_id=revision.object_id,
        fingerprint=print_fingerprint(),
        kind=PdfKind.PROOF,
        status=PdfRender.Status.RENDERING,
    )
    with pytest.raises(ChecksDeferred):
        checks_run(revision=revision, codes=["pdf_proof"])


@pytest.mark.django_db
def test_a_complete_publication_passes_every_check(fact_sheet_revision):
    report = checks_run(revision=fact_sheet_revision())
    assert report.findings == [] and report.passed
    assert [(outcome.code, outcome.passed) for outcome in report.checks] == [(code, True) for code, _, _ in BUILT_IN]


@pytest.mark.django_db
def test_every_problem_of_a_revision_is_itemised_in_check_order(fact_sheet_revision):
    photo = wagtail_factories.ImageFactory(title="Beratung")
    revision = fact_sheet_revision(
        funding_notice=None, topics=[], body=[heading("Ergebnisse", "h4"), figure(photo, alt="")]
    )
    report = checks_run(revision=revision)
    assert [(finding.check, finding.required) for finding in report.findings] == [
        ("metadata", True),
        ("alt_text", True),
        ("headings", True),
        ("funding_notice", True),
        ("pdf_proof", True),
        # The independent validator finds the missing alt text and the skipped heading level too.
        ("pdfua_validator", True),
        ("pdfua_validator", True),
    ]
    assert report.summary_text().startswith("Die automatische Prüfung hat 7 Fehler gefunden:\n1. Pflichtangabe")


@pytest.mark.django_db(transaction=True)
def test_checks_open_no_transaction_of_their_own(only_test_checks, fact_sheet_revision):
    """Called outside a transaction (as the worker does), the PDF render must not hold a database lock."""
    revision = fact_sheet_revision()
    seen = []
    check_register(code="probe", label="Probe", required=True)(
        lambda context: seen.append(connection.in_atomic_block) or []
    )
    checks_run(revision=revision)
    assert seen == [False]


@pytest.mark.django_db
def test_a_listing_page_under_the_workflow_is_checked_without_a_print_side(fact_sheet_index):
    """Listing pages carry their type's workflow but have no PDF: the print
    checks skip them instead of failing on a missing print layout."""
    report = checks_run(revision=fact_sheet_index.save_revision())
    assert report.passed, report.summary_text()
    assert not PublicationPDF.objects.exists()
