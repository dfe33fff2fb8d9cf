"""Seeders of the demo fact sheets: the listing with its three sheets, published
directly, and later one of them left waiting for the Fachreview."""

from cms.i18n.reference import in_source_locale
from cms.models import FundingNotice, FundingPeriod, Organisation
from demo.context import DemoContext, page_ensure
from demo.images import graphics
from demo.reference_data import FUNDING_NOTICE_LABEL, PERIOD_ESF_PLUS, PUBLISHER_NAME
from demo.review import demo_review_ensure
from factsheets.models import FactSheetIndexPage, FactSheetPage

from .sheets import DEMO_SHEETS


def seed_fact_sheets(*, context: DemoContext) -> None:
    index, _ = page_ensure(
        parent=context.home,
        model=FactSheetIndexPage,
        slug="fact-sheets",
        fields={
            "title": "IQ Fact Sheets",
            "intro": "Kennzahlen aus dem IQ Monitoring – kompakt auf zwei bis vier Seiten.",
            "show_in_menus": True,
        },
    )
    shared = _shared_fields()
    published = [
        page_ensure(parent=index, model=FactSheetPage, slug=slug, fields={**shared, **fields})[1]
        for slug, fields in (sheet() for sheet in DEMO_SHEETS)
    ]
    context.write(f"Fact Sheets: {len(published)} ({sum(published)} neu veröffentlicht).")


def seed_fact_sheet_in_review(*, context: DemoContext) -> None:
    sheet = FactSheetPage.objects.get(slug="faire-integration-beratungsanliegen-2024")
    changes = {"teaser": sheet.teaser + " Neu: die Anliegen nach Branchen."}
    if demo_review_ensure(page=sheet, submitter="redaktion", changes=changes):
        context.write(f"In Prüfung: „{sheet.title}“ wartet auf die Fachreview.")


def _shared_fields() -> dict:
    cover = graphics.image_ensure(
        title="Titelmotiv IQ Fact Sheets (Demo)",
        render=lambda: graphics.cover_graphic(kicker="IQ Fact Sheet", accent=graphics.IQ_TEAL),
    )
    return {
        "publishers": [in_source_locale(Organisation).get(name=PUBLISHER_NAME)],
        "funding_period": FundingPeriod.objects.get(name=PERIOD_ESF_PLUS),
        "funding_notice": in_source_locale(FundingNotice).get(label=FUNDING_NOTICE_LABEL),
        "cover_image": cover,
        "cover_alt": "Ansteigende Balken in Weiß und Gelb auf blauem Grund, daneben der Schriftzug „IQ Fact Sheet“.",
    }
