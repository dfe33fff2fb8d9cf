"""Factories for fact sheets, and their blocks as raw stream data (tests)."""

import datetime

import factory
import wagtail_factories

from cms.charts.blocks import ChartBlock
from cms.factories import FundingNoticeFactory
from cms.stream_data import chart_table
from factsheets import models


def key_figure(value: str, unit: str, label: str, *, source: str = "IQ Monitoring", as_of: str = "2023-12-31") -> dict:
    """A key figure block as the admin stores it; ``value`` is a plain number ("61400")."""
    return {
        "type": "key_figure",
        "value": {"value": value, "unit": unit, "label": label, "source": source, "as_of": as_of},
    }


class ChartBlockFactory(wagtail_factories.StructBlockFactory):
    chart_type = "bar"
    data = factory.LazyFunction(
        lambda: chart_table(
            header=("Berufsgruppe", "Beratungen"),
            rows=[("Pflege und Gesundheit", "14.800"), ("Ingenieurwesen", "9.200"), ("Informatik", "4.300")],
        )
    )
    unit = ""
    caption = "Beratungen nach Berufsgruppen 2023"
    text_alternative = "Pflege und Gesundheit liegt mit 14.800 Beratungen vor Ingenieurwesen und Informatik."
    source = "IQ Monitoring"
    as_of = datetime.date(2023, 12, 31)

    class Meta:
        model = ChartBlock


class FactSheetIndexPageFactory(wagtail_factories.PageFactory):
    title = "IQ Fact Sheets"
    slug = "fact-sheets"
    show_in_menus = True
    intro = "Kennzahlen und Grafiken aus dem IQ Monitoring."

    class Meta:
        model = models.FactSheetIndexPage


class FactSheetPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"IQ Beratung in Zahlen {n}")
    teaser = "Beratungen, Frauenanteil und die häufigsten Referenzberufe auf einen Blick."
    publication_date = datetime.date(2024, 3, 1)
    data_as_of = datetime.date(2023, 12, 31)
    funding_notice = factory.SubFactory(FundingNoticeFactory)
    # A published fact sheet always has at least one key figure.
    key_figures = factory.LazyFunction(lambda: [key_figure("61400", "Beratungen", "Beratungen im Jahr 2023")])

    class Meta:
        model = models.FactSheetPage
