"""The chart block: a table an editor fills in, drawn as an SVG with its data as a
table on the web and as vector graphics in the PDF. Fact sheets and magazine
articles use the same block, so it lives with the shared publication base.
"""

import re

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.safestring import SafeString, mark_safe

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from cms.form_input.table_block import ReadableTableBlock

from . import data as chart_data
from .svg import CHART_TYPES, chart_svg


class ChartTableBlock(ReadableTableBlock):
    """A table whose first row (series names) and first column (categories) are
    always headings: that is how the chart reads it, whatever the editor picks."""

    def clean(self, value):
        # Only a table read from the post; ReadableTableBlock refuses the rest.
        if isinstance(value, dict) and value:
            value = {**value, "table_header_choice": "both"}
        return super().clean(value)

    # wagtail-localize knows no table block: without these, an English chart kept German
    # series names and categories, with no segment to translate them in.

    def get_translatable_segments(self, value) -> list:
        """The headings as segments, by "row.column"; values and numeric headings (years) stay."""
        from wagtail_localize.segments import StringSegmentValue

        return [
            StringSegmentValue(f"{row}.{column}", cell)
            for row, column, cell in _heading_cells(value)
            if not NUMERIC_HEADING.fullmatch(cell)
        ]

    def restore_translated_segments(self, value, segments) -> dict:
        rows = [list(row) for row in (value or {}).get("data") or []]
        for segment in segments:
            row, column = (int(part) for part in segment.path.split("."))
            rows[row][column] = segment.render_text()
        return {**value, "data": rows}


#: A heading that is a number, a year or a range of them ("2023", "2019–2023").
NUMERIC_HEADING = re.compile(r"[\d\s.,%–-]+")


def _heading_cells(value):
    for row, cells in enumerate((value or {}).get("data") or []):
        for column, cell in enumerate(cells or []):
            if (row == 0 or column == 0) and isinstance(cell, str) and cell.strip():
                yield row, column, cell


def empty_chart_table() -> dict:
    """A new chart's table: the heading row shows editors the expected shape."""
    return {
        "data": [["Kategorie", "Wert"], [None, None], [None, None], [None, None]],
        "table_header_choice": "both",
        "first_row_is_table_header": True,
        "first_col_is_header": True,
        "table_caption": "",
    }


MIN_ALT_WORDS = 6


def _number_language() -> str:
    """ "en" on an English page (and in its PDF), else "de": how the chart writes its numbers."""
    return "en" if (translation.get_language() or "").startswith("en") else "de"


class ChartValue(blocks.StructValue):
    @cached_property
    def table(self) -> chart_data.ChartTable | None:
        """The parsed data, or None while a draft's table is incomplete."""
        try:
            return chart_data.chart_table_parse(data=(self.get("data") or {}).get("data") or [], allow_gaps=True)
        except chart_data.ChartTableError:
            return None

    @cached_property
    def svg(self) -> SafeString:
        table = self.table
        if table is None or chart_data.chart_type_problem(chart_type=self.get("chart_type"), table=table):
            return mark_safe("")
        svg = chart_svg(
            chart_type=self.get("chart_type"),
            categories=table.categories,
            series=[(series.name, series.values) for series in table.series],
            caption=self.get("caption") or "",
            description=self.get("text_alternative") or "",
            unit=self.get("unit") or "",
            language=_number_language(),
        )
        # Safe: ElementTree escaped every editor-written text when it serialised the SVG.
        return mark_safe(svg)  # noqa: S308

    def table_rows(self) -> list[tuple[str, list[str]]]:
        """Categories with their values formatted as on the chart's labels."""
        table = self.table
        if table is None:
            return []
        decimals, unit, language = table.decimals, self.get("unit") or "", _number_language()
        return [
            (
                category,
                [chart_data.number_format(value=v, decimals=decimals, unit=unit, language=language) for v in values],
            )
            for category, values in table.rows()
        ]


class ChartBlock(blocks.StructBlock):
    """A chart drawn from a data table, as the same SVG on the web and in the PDF."""

    chart_type = blocks.ChoiceBlock(label="Diagrammtyp", choices=list(CHART_TYPES.items()), default="bar")
    data = ChartTableBlock(
        label="Datentabelle",
        default=empty_chart_table,
        help_text=(
            "Erste Zeile: links die Art der Kategorien (z. B. „Berufsgruppe“), daneben je Datenreihe ein Name "
            "(z. B. „Beratungen“ oder „2023“). Erste Spalte: die Kategorien. Übrige Zellen: Zahlen in deutscher "
            "Schreibweise, z. B. 4.300 oder 12,5. Zeilen und Spalten über das Kontextmenü (Rechtsklick). Erste "
            "Zeile und Spalte sind immer Überschriften; eine eigene Tabellenüberschrift braucht es nicht, der "
            "Titel der Grafik gilt auch für die Tabelle."
        ),
        # Column letters and row numbers, so "Zelle B5" in an error message can be found.
        table_options={"colHeaders": True, "rowHeaders": True},
    )
    unit = blocks.CharBlock(
        label="Einheit",
        required=False,
        max_length=12,
        help_text="Steht hinter jeder Zahl, z. B. „%“ oder „€“. Bei Anzahlen leer lassen.",
    )
    caption = blocks.CharBlock(
        label="Titel der Grafik",
        max_length=200,
        help_text=(
            "Steht unter der Grafik und ist ihr Titel für Screenreader, z. B. „Beratungen nach Berufsgruppen 2023“."
        ),
    )
    text_alternative = blocks.TextBlock(
        label="Textalternative",
        max_length=600,
        help_text=(
            "Ein ganzer Satz, der sagt, was die Grafik zeigt, z. B. „Pflege und Gesundheit liegt mit 14.800 "
            "Beratungen deutlich vor Ingenieurwesen mit 9.200.“ Für Menschen, die die Grafik nicht sehen."
        ),
    )
    source = blocks.CharBlock(label="Quelle", max_length=200, help_text="z. B. „IQ Monitoring“")
    as_of = blocks.DateBlock(label="Stand")

    class Meta:
        icon = "table"
        label = "Diagramm"
        description = "Balken-, Säulen-, Linien- oder Kreisdiagramm aus einer Datentabelle"
        template = "cms/blocks/chart_block.html"
        value_class = ChartValue

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        table = None
        try:
            # Saving a draft defers "fill this in", never "this is not a number".
            table = chart_data.chart_table_parse(
                data=(value.get("data") or {}).get("data") or [], allow_gaps=self.is_deferred_validation
            )
        except chart_data.ChartTableError as exc:
            errors["data"] = ValidationError(exc.messages)
        if table is not None and (
            problem := chart_data.chart_type_problem(chart_type=value.get("chart_type"), table=table)
        ):
            errors["chart_type"] = ValidationError(problem)
        if problem := _text_alternative_problem(value):
            errors["text_alternative"] = ValidationError(problem)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


def _text_alternative_problem(value) -> str | None:
    text = (value.get("text_alternative") or "").strip()
    if not text:
        return None  # the required check of the field itself speaks for empty ones
    if text.casefold() == (value.get("caption") or "").strip().casefold():
        return "Die Textalternative soll sagen, was die Grafik zeigt, nicht den Titel wiederholen."
    if len(text.split()) < MIN_ALT_WORDS or text[-1] not in ".!?":
        return (
            "Bitte in einem ganzen Satz (mindestens sechs Wörter, mit Satzzeichen am Ende) beschreiben, "
            "was die Grafik zeigt."
        )
    return None
