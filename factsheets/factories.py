import datetime
from decimal import Decimal

import factory
import wagtail_factories
from wagtail import blocks

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
    intro = "Kennzahlen und Grafiken aus dem IQ Monitoring."

    class Meta:
        model = models.FactSheetIndexPage


class FactSheetPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"IQ Beratung in Zahlen {n}")
    teaser = "Beratungen, Frauenanteil und die häufigsten Referenzberufe auf einen Blick."
    publication_date = datetime.date(2024, 3, 1)
    data_as_of = datetime.date(2023, 12, 31)
    funding_notice = factory.SubFactory(FundingNoticeFactory)
    key_figures = wagtail_factories.StreamFieldFactory({"key_figure": factory.SubFactory(KeyFigureBlockFactory)})

    class Meta:
        model = models.FactSheetPage
