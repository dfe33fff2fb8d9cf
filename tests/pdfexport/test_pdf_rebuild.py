"""`manage.py pdf_rebuild`: what is stale after a print-layer change, and only that."""

import io

from django.core.management import CommandError, call_command

import pytest

from pdfexport import fingerprint
from pdfexport.models import PublicationPDF


@pytest.fixture
def two_sheets(make_published_fact_sheet):
    return [make_published_fact_sheet(title=f"Blatt {n}") for n in (1, 2)]


@pytest.fixture
def changed_print_layer(monkeypatch):
    """A deploy with a new print stylesheet: the fingerprint changes."""
    fingerprint.print_fingerprint.cache_clear()
    monkeypatch.setattr(fingerprint, "_print_layer_files", lambda: [])
    yield
    fingerprint.print_fingerprint.cache_clear()


def _run(*args) -> str:
    out, err = io.StringIO(), io.StringIO()
    call_command("pdf_rebuild", *args, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


@pytest.mark.django_db
def test_nothing_is_stale_right_after_publishing(two_sheets):
    output = _run("--stale-only")
    assert "0 Seite(n) geprüft" in output
    assert PublicationPDF.objects.count() == 2


@pytest.mark.django_db
def test_rebuilding_current_pdfs_stores_nothing_new(two_sheets):
    output = _run()
    assert "2 Seite(n) geprüft, 0 PDF(s) neu gespeichert, 2 unverändert" in output
    assert "100%" in output, "a progress bar"


@pytest.mark.django_db
def test_print_layer_change_makes_every_pdf_stale(two_sheets, changed_print_layer):
    dry = _run("--stale-only", "--dry-run")
    assert "2 Seite(n) würden neu erstellt" in dry
    assert PublicationPDF.objects.count() == 2

    output = _run("--stale-only", "--type", "factsheetpage")
    assert "2 PDF(s) neu gespeichert" in output
    assert PublicationPDF.objects.count() == 4
    assert "0 Seite(n) geprüft" in _run("--stale-only")


@pytest.mark.django_db
def test_unknown_type_is_a_clear_error(two_sheets):
    with pytest.raises(CommandError, match="Unbekannter Seitentyp"):
        _run("--type", "broschuere")


def test_the_fingerprint_covers_the_code_that_changes_a_pdfs_bytes():
    # A fix to the tag repair or the chart drawing must mark stored PDFs outdated.
    from pdfexport.fingerprint import _print_layer_files

    names = {path.as_posix() for path in _print_layer_files()}
    for expected in ("pdfexport/tagging/repair.py", "pdfexport/page_end_hyphens.py", "cms/charts/drawing.py"):
        assert any(name.endswith(expected) for name in names), expected
    assert any(name.endswith("proof-watermark.svg") for name in names)
