import datetime
from decimal import Decimal

from wagtail import blocks

import factory
import wagtail_factories

from cms.factories import FundingNoticeFactory
from factsheets import models
from factsheets.blocks import KeyFigureBlock


class KeyFigureBlockFactory(wagtail_factories.StructBlockFactory):
    value = Decimal("61400")
    unit = "Beratungen"
    label = "Beratungen im Jahr 2023"
    source = "IQ Monitoring"
    as_of = datetime.date(2023, 12, 31)

    class Meta:
        model = KeyFigureBlock


class ParagraphBlockFactory(wagtail_factories.blocks.BlockFactory):
    class Meta:
        model = blocks.RichTextBlock


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
    # Raw stream data: a published fact sheet always has at least one key figure.
    key_figures = factory.LazyFunction(
        lambda: [
            {
                "type": "key_figure",
                "value": {
                    "value": "61400",
                    "unit": "Beratungen",
                    "label": "Beratungen im Jahr 2023",
                    "source": "IQ Monitoring",
                    "as_of": "2023-12-31",
                },
            }
        ]
    )

    class Meta:
        model = models.FactSheetPage
