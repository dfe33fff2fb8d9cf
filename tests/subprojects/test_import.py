"""Importing subprojects in the admin: all rows or none, every error named by row and column."""

import datetime

import pytest

from cms.factories import UserFactory
from cms.models import Organisation, Subproject
from cms.models.subproject import SubprojectStatus
from cms.subprojects.importing import subprojects_import

from .conftest import HEADER, csv_file, row, xlsx_file

IMPORT_URL = "/admin/snippets/cms/subproject/import/"


@pytest.fixture
def signed_in(client, db):
    client.force_login(UserFactory(administration=True))
    return client


def _upload(client, file):
    return client.post(IMPORT_URL, {"file": file})


def test_a_csv_creates_the_subprojects_with_all_their_data(signed_in, reference):
    second = row(Name="Sprachcafé Technik", Netzwerk="", Bundesland="SN", Handlungsschwerpunkt="2", Zielgruppen="")
    response = _upload(signed_in, csv_file([row(), second]))

    assert response.status_code == 302
    listing = signed_in.get(response["Location"])
    assert "Import abgeschlossen: 2 Teilprojekte neu angelegt, 0 aktualisiert." in listing.content.decode()
    lotsen = Subproject.objects.get(name="Anerkennungslotsen")
    assert lotsen.carrier == reference.carrier
    assert lotsen.network == reference.hessen
    assert lotsen.bundesland == "HE"
    assert lotsen.action_area == reference.counselling
    assert set(lotsen.target_groups.all()) == {reference.seekers, reference.companies}
    assert lotsen.funding_period == reference.period
    assert (lotsen.start, lotsen.end) == (datetime.date(2023, 1, 1), datetime.date(2025, 12, 31))
    assert lotsen.contact == reference.consenting
    assert lotsen.status == SubprojectStatus.RUNNING
    assert lotsen.slug == "anerkennungslotsen"
    cafe = Subproject.objects.get(name="Sprachcafé Technik")
    assert (cafe.network, cafe.bundesland, cafe.action_area) == (None, "SN", reference.qualification)


def test_an_xlsx_with_real_date_cells_imports_too(signed_in, reference):
    cells = row(Name="Mentoring für Ingenieurinnen", Netzwerk="", Bundesland="Thüringen")
    cells[HEADER.index("Beginn")] = datetime.datetime(2024, 3, 1)
    cells[HEADER.index("Handlungsschwerpunkt")] = 1  # a number cell, as Excel stores it

    response = _upload(signed_in, xlsx_file([cells]))

    assert response.status_code == 302
    subproject = Subproject.objects.get(name="Mentoring für Ingenieurinnen")
    assert (subproject.start, subproject.bundesland, subproject.action_area) == (
        datetime.date(2024, 3, 1),
        "TH",
        reference.counselling,
    )


def test_a_known_name_updates_in_place_and_a_new_carrier_is_created(signed_in, reference, make_subproject):
    existing = make_subproject("Anerkennungslotsen", status=SubprojectStatus.PLANNED)

    response = _upload(signed_in, csv_file([row(Status="abgeschlossen", Träger="Neuer Träger gGmbH")]))

    assert response.status_code == 302
    existing.refresh_from_db()
    assert existing.status == SubprojectStatus.FINISHED
    assert existing.carrier == Organisation.objects.get(name="Neuer Träger gGmbH")
    assert Subproject.objects.count() == 1
    listing = signed_in.get(response["Location"]).content.decode()
    assert "0 Teilprojekte neu angelegt, 1 aktualisiert" in listing
    assert "Neu angelegte Träger: Neuer Träger gGmbH." in listing


BAD_INPUT = [
    pytest.param(
        csv_file([row()], header=[*HEADER[:-1], "Beschreibungen"]),
        ("1", "Beschreibungen", "Unbekannte Spalte „Beschreibungen“"),
        id="wrong column",
    ),
    pytest.param(
        csv_file([row()[:-1]], header=HEADER[:-1]),
        ("1", "Beschreibung", "Die Spalte „Beschreibung“ fehlt in der Kopfzeile."),
        id="missing column",
    ),
    pytest.param(
        csv_file([row(), row(Status="geplant")]),
        ("3", "Name", "„Anerkennungslotsen“ steht schon in Zeile 2."),
        id="duplicate name",
    ),
    pytest.param(
        csv_file([row(), row(Name="Zweites", Netzwerk="IQ Netzwerk Atlantis")]),
        ("3", "Netzwerk", "Netzwerk „IQ Netzwerk Atlantis“ ist unbekannt."),
        id="unknown network",
    ),
    pytest.param(
        csv_file([row(Handlungsschwerpunkt="HSP 9")]),
        ("2", "Handlungsschwerpunkt", "Handlungsschwerpunkt „HSP 9“ ist unbekannt."),
        id="unknown action area",
    ),
    pytest.param(
        csv_file([row(Beginn="31.02.2024")]),
        ("2", "Beginn", "„31.02.2024“ ist kein gültiges Datum."),
        id="bad date",
    ),
    pytest.param(
        csv_file([row(Beginn="01.01.2025", Ende="31.12.2023")]),
        ("2", "Ende", "Das Ende (31.12.2023) liegt vor dem Beginn (01.01.2025)."),
        id="end before start",
    ),
    pytest.param(csv_file([row(Status="fertig")]), ("2", "Status", "Status „fertig“ ist unbekannt."), id="bad status"),
    pytest.param(
        csv_file([row(Bundesland="Bayern")]),
        ("2", "Bundesland", "„Bayern“ passt nicht zum Netzwerk „IQ Netzwerk Hessen“ (Hessen)."),
        id="network in another Land",
    ),
    pytest.param(
        csv_file([row(Zielgruppen="Ratsuchende, Unternehmen")]),
        ("2", "Zielgruppen", "Zielgruppe „Ratsuchende, Unternehmen“ ist unbekannt."),
        id="wrong list separator",
    ),
    pytest.param(
        csv_file([row(Kontakt="unbekannt@example.org")]),
        ("2", "Kontakt (E-Mail)", "Keine Person mit der E-Mail-Adresse „unbekannt@example.org“."),
        id="unknown contact",
    ),
]


@pytest.mark.parametrize(("file", "expected"), BAD_INPUT)
def test_a_wrong_row_imports_nothing_and_the_page_names_row_column_and_error(signed_in, reference, file, expected):
    file.seek(0)
    response = _upload(signed_in, file)

    assert response.status_code == 400
    html = response.content.decode()
    assert "Nichts wurde importiert." in html
    row_number, column, message = expected
    assert f"<td>{row_number}</td><td>{column}</td><td>{message}" in html
    assert not Subproject.objects.exists()
    assert not Organisation.objects.exclude(pk=reference.carrier.pk).exists()


def test_every_error_of_the_file_is_listed_at_once(signed_in, reference):
    rows = [row(Status="fertig"), row(Name="B", Netzwerk="Atlantis"), row(Name="C", Beginn="gestern")]

    response = _upload(signed_in, csv_file(rows))

    assert "Die Datei enthält 3 Fehler." in response.content.decode()


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"%PDF-1.7 kein Tabellenblatt", "teilprojekte.pdf", "weder eine CSV- noch eine XLSX-Datei"),
        (b"PK\x03\x04 kaputt", "teilprojekte.xlsx", "lässt sich nicht als Excel-Tabelle (XLSX) lesen"),
        (b"   \n", "teilprojekte.csv", "Die Datei ist leer."),
        (";".join(HEADER).encode(), "teilprojekte.csv", "nur die Kopfzeile"),
    ],
)
def test_a_file_that_is_no_table_gets_a_german_explanation(signed_in, reference, content, name, message):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = _upload(signed_in, SimpleUploadedFile(name, content))

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Subproject.objects.exists()


def test_submitting_without_a_file_asks_for_one(signed_in):
    response = signed_in.post(IMPORT_URL, {})

    assert response.status_code == 200
    assert "Bitte eine CSV- oder XLSX-Datei auswählen." in response.content.decode()


def test_reviewers_may_not_import(client, reference):
    client.force_login(UserFactory(fachreview=True))

    response = _upload(client, csv_file([row()]))

    assert response.status_code in (302, 403)
    assert not Subproject.objects.exists()


def test_the_service_writes_nothing_when_the_database_refuses_a_row(reference, monkeypatch):
    """The transaction: a failure while writing row two leaves row one unwritten too."""
    calls = []
    original = Subproject.save

    def failing_save(self, *args, **kwargs):
        calls.append(self.name)
        if len(calls) == 2:
            raise RuntimeError("Datenbank nicht erreichbar")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Subproject, "save", failing_save)
    with pytest.raises(RuntimeError):
        subprojects_import(file=csv_file([row(), row(Name="Zweites")]), filename="t.csv")

    assert not Subproject.objects.exists()
