from django.utils.formats import number_format

from wagtail import blocks

from cms.blocks import STORY_BLOCKS
from cms.charts.blocks import ChartBlock

# The chart block moved to cms/charts/ when the magazine took it up, but
# factsheets/migrations/0002_chart_block.py still deconstructs its table as
# factsheets.blocks.ChartTableBlock with the default factsheets.blocks.empty_chart_table.
# Migrations are frozen, so these two names stay importable from here; the
# redundant aliases mark them as re-exports for ruff (F401).
from cms.charts.blocks import ChartTableBlock as ChartTableBlock
from cms.charts.blocks import empty_chart_table as empty_chart_table


class KeyFigureValue(blocks.StructValue):
    def display_value(self) -> str:
        value = self.get("value")
        if value is None:
            return ""
        decimals = 0 if value == value.to_integral_value() else 1
        return number_format(value, decimal_pos=decimals, force_grouping=True)


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.DecimalBlock(label="Wert", decimal_places=2, max_digits=14)
    unit = blocks.CharBlock(label="Einheit", required=False, max_length=40, help_text="z. B. „%“ oder „Beratungen“")
    label = blocks.CharBlock(label="Bezeichnung", max_length=200)
    source = blocks.CharBlock(label="Quelle", max_length=200, help_text="z. B. „IQ Monitoring“")
    as_of = blocks.DateBlock(label="Stand")

    class Meta:
        icon = "table"
        label = "Kennzahl"
        template = "factsheets/blocks/key_figure_block.html"
        value_class = KeyFigureValue


FACT_SHEET_BODY_BLOCKS = [*STORY_BLOCKS, ("chart", ChartBlock())]
