"""Reference data, subprojects and the directory page for the subproject tests."""

import csv
import io
from types import SimpleNamespace

import pytest
from openpyxl import Workbook

from cms.choices import Bundesland
from cms.factories import FundingPeriodFactory, OrganisationFactory, PersonFactory
from cms.models import Subproject, SubprojectDirectoryPage
from goodpractice.factories import ActionAreaFactory, RegionalNetworkFactory
from goodpractice.models import TargetGroup


@pytest.fixture
def reference(db):
    return SimpleNamespace(
        carrier=OrganisationFactory(name="Integrationsforum Rhein-Main e.V.", email="kontakt@ifrm.example.org"),
        hessen=RegionalNetworkFactory(name="IQ Netzwerk Hessen", bundesland=Bundesland.HE),
        sachsen=RegionalNetworkFactory(name="IQ RIN Leipzig", bundesland=Bundesland.SN),
        counselling=ActionAreaFactory(number=1, short_name="Beratung"),
        qualification=ActionAreaFactory(
            number=2, name="Qualifizierungsmaßnahmen im Kontext des Anerkennungsgesetzes", short_name="Qualifizierung"
        ),
        period=FundingPeriodFactory(name="2023–2025"),
        # Seeded by the data migration goodpractice.0002.
        seekers=TargetGroup.objects.get(name="Ratsuchende"),
        companies=TargetGroup.objects.get(name="Unternehmen"),
        consenting=PersonFactory(first_name="Jonas", last_name="Weber", email="jonas.weber@example.org"),
        withholding=PersonFactory(
            first_name="Petra", last_name="Zurückhaltend", email="petra@example.org", consent_published=False
        ),
    )


@pytest.fixture
def make_subproject(reference):
    def make(name: str, *, target_groups=(), **fields) -> Subproject:
        defaults = {
            "carrier": reference.carrier,
            "network": reference.hessen,
            "bundesland": Bundesland.HE,
            "action_area": reference.counselling,
            "funding_period": reference.period,
        }
        subproject = Subproject.objects.create(name=name, **{**defaults, **fields})
        subproject.target_groups.set(target_groups)
        return subproject

    return make


@pytest.fixture
def directory(home_page):
    page = SubprojectDirectoryPage(title="Teilprojekte", slug="teilprojekte", intro="Alle Teilprojekte.", per_page=5)
    home_page.add_child(instance=page)
    return page


HEADER = [
    "Name", "Träger", "Netzwerk", "Bundesland", "Handlungsschwerpunkt", "Zielgruppen", "Förderperiode", "Beginn",
    "Ende", "Kontakt (E-Mail)", "Status", "Beschreibung",
]  # fmt: skip


def row(**cells) -> list[str]:
    """A row of the import table; ``cells`` by column name with spaces and
    parentheses left out (``Kontakt_E_Mail``), the rest plausible defaults."""
    values = {
        "Name": "Anerkennungslotsen",
        "Träger": "Integrationsforum Rhein-Main e.V.",
        "Netzwerk": "IQ Netzwerk Hessen",
        "Bundesland": "Hessen",
        "Handlungsschwerpunkt": "HSP 1",
        "Zielgruppen": "Ratsuchende; Unternehmen",
        "Förderperiode": "2023-2025",
        "Beginn": "01.01.2023",
        "Ende": "31.12.2025",
        "Kontakt (E-Mail)": "jonas.weber@example.org",
        "Status": "laufend",
        "Beschreibung": "Anerkennungsberatung in den Räumen des Jobcenters.",
    }
    for key, value in cells.items():
        column = {"Kontakt": "Kontakt (E-Mail)"}.get(key, key)
        values[column] = value
    return [values[column] for column in HEADER]


def csv_file(rows: list[list[str]], *, header=HEADER, name: str = "teilprojekte.csv") -> io.BytesIO:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")
    writer.writerow(header)
    writer.writerows(rows)
    file = io.BytesIO(text.getvalue().encode("utf-8"))
    file.name = name
    return file


def xlsx_file(rows: list[list], *, header=HEADER, name: str = "teilprojekte.xlsx") -> io.BytesIO:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for cells in rows:
        sheet.append(cells)
    file = io.BytesIO()
    workbook.save(file)
    file.seek(0)
    file.name = name
    return file
