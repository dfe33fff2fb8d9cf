"""Importing subprojects from a table: every row checked first, then all
written in one transaction, or nothing when any row is wrong.

A row is matched to an existing subproject by its name and updates it in
place; a new name creates one. Networks, action areas, target groups,
funding periods and contacts must exist already (they are the programme's
reference data); a carrier (Träger) that does not exist yet is created by
name, because carriers come and go with the subprojects. The columns are
documented in docs/editors-guide.md, with docs/examples/teilprojekte.csv.
"""

import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import BinaryIO

from django.db import transaction

from cms.choices import Bundesland
from cms.i18n.reference import in_source_locale
from cms.models import ActionArea, FundingPeriod, Organisation, Person, RegionalNetwork, Subproject
from cms.models.subproject import SubprojectStatus

from .table import Cell, Table, TableError, table_read

NAME, CARRIER, NETWORK, BUNDESLAND, ACTION_AREA = "Name", "Träger", "Netzwerk", "Bundesland", "Handlungsschwerpunkt"
TARGET_GROUPS, FUNDING_PERIOD, START, END = "Zielgruppen", "Förderperiode", "Beginn", "Ende"
CONTACT, STATUS, DESCRIPTION = "Kontakt (E-Mail)", "Status", "Beschreibung"
COLUMNS = (
    NAME, CARRIER, NETWORK, BUNDESLAND, ACTION_AREA, TARGET_GROUPS, FUNDING_PERIOD, START, END, CONTACT, STATUS,
    DESCRIPTION,
)  # fmt: skip
LIST_SEPARATOR = ";"
ACTION_AREA_PATTERN = re.compile(r"^(?:HSP\s*)?(\d{1,3})\b", re.IGNORECASE)
DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d")


@dataclass(frozen=True)
class RowError:
    row: int | None
    column: str
    message: str


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    carriers_created: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class _Planned:
    row: int
    name: str
    carrier: str
    fields: dict
    target_group_ids: list[int]


def subprojects_import(*, file: BinaryIO, filename: str, each: Callable[[Iterable], Iterable] = iter) -> ImportResult:
    """Import the table in ``file``; ``each`` wraps the rows written, e.g. in a progress bar."""
    try:
        table = table_read(file=file, filename=filename)
    except TableError as error:
        return ImportResult(errors=[RowError(row=None, column="", message=str(error))])
    errors = _header_errors(table)
    if errors:
        return ImportResult(errors=errors)
    planned, errors = _rows_checked(table)
    if errors:
        return ImportResult(errors=errors)
    with transaction.atomic():
        return _written(planned, each=each)


def _header_errors(table: Table) -> list[RowError]:
    errors = []
    expected = ", ".join(f"„{column}“" for column in COLUMNS)
    seen = set()
    for name in table.header:
        if name not in COLUMNS:
            hint = _column_hint(name)
            errors.append(
                RowError(row=1, column=name, message=f"Unbekannte Spalte „{name}“{hint}. Erwartet werden: {expected}.")
            )
        elif name in seen:
            errors.append(RowError(row=1, column=name, message=f"Die Spalte „{name}“ steht zweimal in der Kopfzeile."))
        seen.add(name)
    for column in COLUMNS:
        if column not in seen:
            errors.append(RowError(row=1, column=column, message=f"Die Spalte „{column}“ fehlt in der Kopfzeile."))
    return errors


def _column_hint(name: str) -> str:
    for column in COLUMNS:
        if name.casefold() == column.casefold() or name.casefold() == column.split(" (")[0].casefold():
            return f" (gemeint ist wohl „{column}“)"
    return ""


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold().replace("-", "–")


def _reference() -> dict:
    """The reference data every row is checked against, read once per import."""
    target_group_model = Subproject.target_groups.field.related_model
    people: dict[str, list[Person]] = {}
    for person in Person.objects.exclude(email=""):
        people.setdefault(person.email.casefold(), []).append(person)
    return {
        "networks": {_folded(network.name): network for network in in_source_locale(RegionalNetwork)},
        "action_areas": {area.number: area for area in in_source_locale(ActionArea)},
        "target_groups": {_folded(group.name): group for group in in_source_locale(target_group_model)},
        "periods": {_folded(period.name): period for period in FundingPeriod.objects.all()},
        "people": people,
        "bundeslaender": {
            **{code.casefold(): code for code in Bundesland.values},
            **{label.casefold(): code for code, label in Bundesland.choices},
        },
    }


def _rows_checked(table: Table) -> tuple[list[_Planned], list[RowError]]:
    reference = _reference()
    planned: list[_Planned] = []
    errors: list[RowError] = []
    first_row_of: dict[str, int] = {}
    for number, cells in table.rows:
        row_errors: list[RowError] = []

        def error(column: str, message: str, *, number=number, row_errors=row_errors) -> None:
            row_errors.append(RowError(row=number, column=column, message=message))

        name = _text(cells.get(NAME))
        if not name:
            error(NAME, "Der Name fehlt.")
        elif len(name) > 200:
            error(NAME, "Der Name ist länger als 200 Zeichen.")
        elif name.casefold() in first_row_of:
            error(
                NAME,
                f"„{name}“ steht schon in Zeile {first_row_of[name.casefold()]}. Jeder Name darf nur einmal vorkommen.",
            )
        else:
            first_row_of[name.casefold()] = number
        carrier = _text(cells.get(CARRIER))
        if not carrier:
            error(CARRIER, "Der Träger fehlt.")
        elif len(carrier) > 200:
            error(CARRIER, "Der Name des Trägers ist länger als 200 Zeichen.")
        fields = {"description": _text(cells.get(DESCRIPTION), keep_lines=True)}
        fields["network"] = _network(cells, reference, error)
        fields["bundesland"] = _bundesland(cells, reference, error, network=fields["network"])
        fields["action_area"] = _action_area(cells, reference, error)
        fields["funding_period"] = _named(cells, FUNDING_PERIOD, reference["periods"], error, kind="Förderperiode")
        fields["start"] = _date(cells, START, error)
        fields["end"] = _date(cells, END, error)
        if fields["start"] and fields["end"] and fields["end"] < fields["start"]:
            error(END, f"Das Ende ({fields['end']:%d.%m.%Y}) liegt vor dem Beginn ({fields['start']:%d.%m.%Y}).")
        fields["contact"] = _contact(cells, reference, error)
        fields["status"] = _status(cells, error)
        groups = _target_groups(cells, reference, error)
        if row_errors:
            errors.extend(row_errors)
        else:
            planned.append(_Planned(row=number, name=name, carrier=carrier, fields=fields, target_group_ids=groups))
    return planned, errors


def _text(cell: Cell, *, keep_lines: bool = False) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime.date):
        return f"{cell:%d.%m.%Y}"
    if keep_lines:
        return "\n".join(" ".join(line.split()) for line in str(cell).strip().splitlines())
    return " ".join(str(cell).split())


def _network(cells, reference, error) -> RegionalNetwork | None:
    return _named(cells, NETWORK, reference["networks"], error, kind="Netzwerk")


def _named(cells, column: str, known: dict, error, *, kind: str):
    text = _text(cells.get(column))
    if not text:
        return None
    found = known.get(_folded(text))
    if found is None:
        names = ", ".join(f"„{item.name}“" for item in list(known.values())[:12]) or "keine"
        error(column, f"{kind} „{text}“ ist unbekannt. Angelegt sind: {names}.")
    return found


def _bundesland(cells, reference, error, *, network: RegionalNetwork | None) -> str:
    text = _text(cells.get(BUNDESLAND))
    if not text:
        if network is None and not _text(cells.get(NETWORK)):
            error(BUNDESLAND, "Bundesland fehlt. Bitte das Bundesland oder ein Netzwerk angeben.")
        return network.bundesland if network else ""
    code = reference["bundeslaender"].get(text.casefold())
    if code is None:
        error(
            BUNDESLAND,
            f"„{text}“ ist kein Bundesland. Bitte den Namen (z. B. „Hessen“) oder das Kürzel („HE“) angeben.",
        )
        return ""
    if network is not None and network.bundesland != code:
        error(
            BUNDESLAND,
            f"„{Bundesland(code).label}“ passt nicht zum Netzwerk „{network.name}“ "
            f"({network.get_bundesland_display()}).",
        )
    return code


def _action_area(cells, reference, error) -> ActionArea | None:
    text = _text(cells.get(ACTION_AREA))
    if not text:
        return None
    match = ACTION_AREA_PATTERN.match(text)
    area = reference["action_areas"].get(int(match.group(1))) if match else None
    if area is None:
        numbers = ", ".join(str(number) for number in sorted(reference["action_areas"])) or "keine"
        error(ACTION_AREA, f"Handlungsschwerpunkt „{text}“ ist unbekannt. Angelegt sind die Nummern {numbers}.")
    return area


def _target_groups(cells, reference, error) -> list[int]:
    ids = []
    for name in filter(None, (part.strip() for part in _text(cells.get(TARGET_GROUPS)).split(LIST_SEPARATOR))):
        group = reference["target_groups"].get(_folded(name))
        if group is None:
            error(TARGET_GROUPS, f"Zielgruppe „{name}“ ist unbekannt. Mehrere Zielgruppen bitte mit „;“ trennen.")
        else:
            ids.append(group.pk)
    return ids


def _date(cells, column: str, error) -> datetime.date | None:
    cell = cells.get(column)
    if isinstance(cell, datetime.date):
        return cell
    text = _text(cell)
    if not text:
        return None
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    error(column, f"„{text}“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ angeben, z. B. „01.01.2023“.")
    return None


def _contact(cells, reference, error) -> Person | None:
    text = _text(cells.get(CONTACT))
    if not text:
        return None
    people = reference["people"].get(text.casefold(), [])
    if len(people) == 1:
        return people[0]
    if people:
        error(CONTACT, f"Die E-Mail-Adresse „{text}“ gehört zu mehreren Personen. Bitte in den Referenzdaten klären.")
    else:
        error(
            CONTACT, f"Keine Person mit der E-Mail-Adresse „{text}“. Bitte die Person zuerst unter „Personen“ anlegen."
        )
    return None


def _status(cells, error) -> str:
    text = _text(cells.get(STATUS)).casefold()
    if text in SubprojectStatus.values:
        return text
    allowed = ", ".join(f"„{value}“" for value in SubprojectStatus.values)
    if not text:
        error(STATUS, f"Der Status fehlt. Erlaubt sind: {allowed}.")
    else:
        error(STATUS, f"Status „{_text(cells.get(STATUS))}“ ist unbekannt. Erlaubt sind: {allowed}.")
    return ""


def _written(planned: list[_Planned], *, each: Callable[[Iterable], Iterable]) -> ImportResult:
    result = ImportResult()
    existing = {subproject.name.casefold(): subproject for subproject in Subproject.objects.all()}
    carriers = {organisation.name.casefold(): organisation for organisation in in_source_locale(Organisation)}
    for row in each(planned):
        carrier = carriers.get(row.carrier.casefold())
        if carrier is None:
            carrier = carriers[row.carrier.casefold()] = Organisation.objects.create(name=row.carrier)
            result.carriers_created.append(row.carrier)
        subproject = existing.get(row.name.casefold())
        if subproject is None:
            subproject = Subproject(name=row.name)
            result.created += 1
        else:
            subproject.name = row.name
            result.updated += 1
        subproject.carrier = carrier
        for name, value in row.fields.items():
            setattr(subproject, name, value)
        subproject.save()
        subproject.target_groups.set(row.target_group_ids)
    return result
