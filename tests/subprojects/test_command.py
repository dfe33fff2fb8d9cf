"""``manage.py subprojects_import``: the same import, with a progress bar."""

import io

from django.core.management import CommandError, call_command

import pytest

from cms.models import Subproject

from .conftest import csv_file, row


def _write(tmp_path, file) -> str:
    path = tmp_path / file.name
    path.write_bytes(file.getvalue())
    return str(path)


def test_the_command_imports_and_shows_progress(tmp_path, reference):
    path = _write(tmp_path, csv_file([row(), row(Name="Sprachcafé Technik")]))
    stdout, stderr = io.StringIO(), io.StringIO()

    call_command("subprojects_import", path, stdout=stdout, stderr=stderr)

    assert "Teilprojekte: 2 neu angelegt, 0 aktualisiert." in stdout.getvalue()
    assert "Teilprojekte: 100%" in stderr.getvalue()
    assert Subproject.objects.count() == 2


def test_the_command_lists_the_errors_and_imports_nothing(tmp_path, reference):
    path = _write(tmp_path, csv_file([row(), row(Netzwerk="IQ Netzwerk Atlantis")]))
    stderr = io.StringIO()

    with pytest.raises(CommandError, match="Nichts importiert: 2 Fehler."):
        call_command("subprojects_import", path, stdout=io.StringIO(), stderr=stderr)

    assert "Zeile 3, Name: „Anerkennungslotsen“ steht schon in Zeile 2." in stderr.getvalue()
    assert "Zeile 3, Netzwerk: Netzwerk „IQ Netzwerk Atlantis“ ist unbekannt." in stderr.getvalue()
    assert not Subproject.objects.exists()


def test_a_missing_file_is_a_german_error(tmp_path, db):
    with pytest.raises(CommandError, match="gibt es nicht"):
        call_command("subprojects_import", str(tmp_path / "fehlt.csv"))
