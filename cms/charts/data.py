"""Chart data from an editor's table: German numbers, categories and series.

Pure functions without Django: the chart block validates with them, the
templates show the data table with them, and ``charts.chart_svg`` draws what
they return. Messages are German and name the cell the way the admin's table
editor labels it ("B4").
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

MAX_CATEGORIES = 30
MAX_SERIES = 6
MAX_PIE_SLICES = 8
_MAX_DECIMALS = 3
_MAX_REPORTED_PROBLEMS = 5

# German notation: "." groups thousands, "," starts the decimals. Grouping must be
# exact, so "1.5" (an English decimal point) is refused instead of read as 15.
_SEPARATORS = "\u00a0\u202f "
_NUMBER = re.compile(r"(?P<sign>[-\u2212]?)(?P<int>\d{1,3}(?:[.\u00a0\u202f ]\d{3})+|\d+)(?:,(?P<frac>\d+))?")
TOO_SMALL = (
    "Die Tabelle braucht eine Kopfzeile und mindestens eine Datenzeile, dazu eine Spalte mit Kategorien "
    "und mindestens eine mit Werten."
)
NUMBER_HINT = "Bitte so schreiben: 4300, 4.300 oder 4.300,5 (Punkt für Tausender, Komma vor den Nachkommastellen)."


class NotANumber(ValueError):
    pass


class ChartTableError(ValueError):
    """The table cannot be drawn; ``messages`` say which cells to fix."""

    def __init__(self, messages: Sequence[str]):
        self.messages = list(messages)
        super().__init__(" ".join(self.messages))


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[Decimal, ...]


@dataclass(frozen=True)
class ChartTable:
    category_heading: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]

    @property
    def decimals(self) -> int:
        return values_decimals(values=[value for series in self.series for value in series.values])

    def rows(self) -> list[tuple[str, list[Decimal]]]:
        """Category by category, the way the data table reads."""
        return [(category, [s.values[i] for s in self.series]) for i, category in enumerate(self.categories)]


def number_parse(*, text: str) -> Decimal:
    """``Decimal`` of a number written the German way ("1.234,5", "−12", "90")."""
    match = _NUMBER.fullmatch(text.strip())
    if match is None:
        raise NotANumber(text)
    digits = re.sub(f"[.{_SEPARATORS}]", "", match["int"])
    number = Decimal(f"{digits}.{match['frac']}" if match["frac"] else digits)
    return -number if match["sign"] else number


def number_format(*, value: Decimal | float, decimals: int, unit: str = "", language: str = "de") -> str:
    """ "1.234,5" ("1,234.5" in English) with a typographic minus; a unit follows after a no-break space."""
    text = f"{abs(value):,.{decimals}f}"
    if language != "en":
        text = text.translate(str.maketrans(",.", ".,"))
    if value < 0 and any(ch not in "0.," for ch in text):
        text = "\u2212" + text
    return f"{text}\u00a0{unit}" if unit else text


def values_decimals(*, values: Sequence[Decimal]) -> int:
    """How many decimals the editor wrote, so "14,5" keeps its ",5" on every label."""
    places = [-value.as_tuple().exponent for value in values if isinstance(value.as_tuple().exponent, int)]
    return min(max([0, *places]), _MAX_DECIMALS)


def cell_address(*, row: int, column: int) -> str:
    """ "B4" for the 0-based (row 3, column 1), as the table editor labels cells."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row + 1}"


def chart_table_parse(*, data: Sequence[Sequence[object]], allow_gaps: bool = False) -> ChartTable | None:
    """Read the editor's grid: first row = headings (series names), first column =
    categories, every other cell a number. Empty rows and columns are ignored.

    Raises ``ChartTableError`` naming each cell to fix. With ``allow_gaps`` (a
    draft) missing entries are no error and give None; wrong ones still are.
    """
    grid = [["" if cell is None else str(cell).strip() for cell in row] for row in data]
    width = max((len(row) for row in grid), default=0)
    grid = [row + [""] * (width - len(row)) for row in grid]
    rows = [r for r, row in enumerate(grid) if any(row)]
    columns = [c for c in range(width) if any(grid[r][c] for r in rows)]
    if len(rows) < 2 or len(columns) < 2:
        if allow_gaps:
            return None
        raise ChartTableError([TOO_SMALL])
    head, *body = rows
    label_column, *value_columns = columns
    problems = _size_problems(categories=len(body), series=len(value_columns))
    gaps = []
    for c in value_columns:
        if not grid[head][c]:
            gaps.append(
                f"Zelle {cell_address(row=head, column=c)}: Bitte den Namen der Datenreihe eintragen "
                "(erste Zeile, z. B. „Beratungen“ oder „2023“)."
            )
    series_values: dict[int, list[Decimal]] = {c: [] for c in value_columns}
    for r in body:
        category = grid[r][label_column]
        if not category:
            gaps.append(f"Zelle {cell_address(row=r, column=label_column)}: Bitte die Kategorie eintragen.")
        for c in value_columns:
            where = f"Zelle {cell_address(row=r, column=c)} ({_quoted(category)}, {_quoted(grid[head][c])})"
            text = grid[r][c]
            if not text:
                gaps.append(f"{where} ist leer. Bitte einen Wert eintragen, z. B. 0.")
                continue
            try:
                series_values[c].append(number_parse(text=text))
            except NotANumber:
                problems.append(f"{where}: {_quoted(text)} ist keine Zahl. {NUMBER_HINT}")
    if not allow_gaps:
        problems += gaps
    if problems:
        raise ChartTableError(_summarised(problems))
    if gaps:
        return None
    return ChartTable(
        category_heading=grid[head][label_column],
        categories=tuple(grid[r][label_column] for r in body),
        series=tuple(Series(name=grid[head][c], values=tuple(series_values[c])) for c in value_columns),
    )


def chart_type_problem(*, chart_type: str, table: ChartTable) -> str | None:
    """Why ``table`` cannot be drawn as ``chart_type``, or None."""
    if chart_type != "pie":
        return None
    if len(table.series) != 1:
        return (
            f"Ein Kreisdiagramm zeigt genau eine Datenreihe; die Tabelle hat {len(table.series)}. "
            "Bitte überzählige Spalten löschen oder einen anderen Diagrammtyp wählen."
        )
    if len(table.categories) > MAX_PIE_SLICES:
        return (
            f"Ein Kreisdiagramm bleibt mit höchstens {MAX_PIE_SLICES} Teilen lesbar; bitte kleine Werte zusammenfassen."
        )
    values = table.series[0].values
    if any(value < 0 for value in values) or not sum(values):
        return "Ein Kreisdiagramm braucht Anteile: Werte ab 0, zusammen mehr als 0."
    return None


def _size_problems(*, categories: int, series: int) -> list[str]:
    problems = []
    if categories > MAX_CATEGORIES:
        problems.append(f"Höchstens {MAX_CATEGORIES} Kategorien (Zeilen) sind lesbar; die Tabelle hat {categories}.")
    if series > MAX_SERIES:
        problems.append(f"Höchstens {MAX_SERIES} Datenreihen (Spalten) sind lesbar; die Tabelle hat {series}.")
    return problems


def _quoted(text: str) -> str:
    return f"„{text}“" if text else "ohne Bezeichnung"


def _summarised(problems: list[str]) -> list[str]:
    if len(problems) <= _MAX_REPORTED_PROBLEMS:
        return problems
    rest = len(problems) - _MAX_REPORTED_PROBLEMS
    return [*problems[:_MAX_REPORTED_PROBLEMS], f"… und {rest} weitere Zellen."]
