from django.utils.formats import number_format

from wagtail import blocks

from cms.blocks import STORY_BLOCKS
from cms.charts.blocks import ChartBlock, ChartTableBlock, ChartValue, empty_chart_table  # noqa: F401  (migrations name them here)


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
