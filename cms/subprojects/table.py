"""Reading an uploaded table (CSV or XLSX) into a header and rows of cells.

Only the shape is checked here; what the cells mean is the import's business
(``importing.py``). A file that cannot be read raises ``TableError`` with a
German message for the person who uploaded it.
"""

import csv
import datetime
import io
from dataclasses import dataclass
from typing import BinaryIO
from zipfile import BadZipFile

from openpyxl import load_workbook

# About 400 subprojects exist; ten times that is still a plausible table, more is a wrong file.
ROWS_MAX = 5000
BYTES_MAX = 5 * 1024 * 1024

Cell = str | datetime.date | None


class TableError(Exception):
    pass


@dataclass(frozen=True)
class Table:
    header: list[str]
    # (row number as the spreadsheet shows it, cells by column name)
    rows: list[tuple[int, dict[str, Cell]]]


def table_read(*, file: BinaryIO, filename: str) -> Table:
    data = file.read(BYTES_MAX + 1)
    if len(data) > BYTES_MAX:
        raise TableError("Die Datei ist größer als 5 MB. Bitte nur die Tabelle der Teilprojekte hochladen.")
    if not data.strip():
        raise TableError("Die Datei ist leer.")
    suffix = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    if suffix == "xlsx":
        raw = _xlsx_rows(data)
    elif suffix == "csv":
        raw = _csv_rows(data)
    else:
        raise TableError(f"„{filename}“ ist weder eine CSV- noch eine XLSX-Datei. Bitte eine der beiden hochladen.")
    return _table(raw)


def _csv_rows(data: bytes) -> list[list[Cell]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves CSV as Windows-1252 unless told otherwise.
        text = data.decode("cp1252", errors="replace")
    first_line = text.splitlines()[0] if text else ""
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    try:
        return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as error:
        raise TableError(f"Die CSV-Datei lässt sich nicht lesen ({error}).") from error


def _xlsx_rows(data: bytes) -> list[list[Cell]]:
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as error:
        raise TableError("Die Datei lässt sich nicht als Excel-Tabelle (XLSX) lesen.") from error
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([_xlsx_cell(value) for value in row])
            if len(rows) > ROWS_MAX + 1:
                break
        return rows
    finally:
        workbook.close()


def _xlsx_cell(value) -> Cell:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _table(raw: list[list[Cell]]) -> Table:
    numbered = [(number, row) for number, row in enumerate(raw, start=1) if any(_text(cell) for cell in row)]
    if not numbered:
        raise TableError("Die Datei enthält keine Zeilen.")
    (_, header_row), data = numbered[0], numbered[1:]
    header = [_text(cell) for cell in header_row]
    while header and not header[-1]:
        header.pop()
    if len(data) > ROWS_MAX:
        raise TableError(f"Die Datei hat mehr als {ROWS_MAX} Zeilen. Bitte in kleineren Teilen importieren.")
    if not data:
        raise TableError("Die Datei enthält nur die Kopfzeile, aber keine Teilprojekte.")
    rows = [
        (number, {name: row[i] if i < len(row) else None for i, name in enumerate(header) if name})
        for number, row in data
    ]
    return Table(header=header, rows=rows)


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime.date):
        return cell.isoformat()
    return " ".join(str(cell).split())
