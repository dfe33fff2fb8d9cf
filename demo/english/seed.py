"""The seeder of the demo's English editions, run last: the reference data
(topics, action areas, networks, target groups), the funding notice, the home
page, catalogue, legal notice and accessibility statement, the two listings
and, in them, one fact sheet and two selected good practice sheets, each a
wagtail-localize translation of its German original (``translate.py``).

The texts are in ``*_texts.py``, one mapping of German segment text to
English per page or model. The English catalogue lists the English editions
once the catalogue is rebuilt; the PDFs are rendered by ``seed_demo`` with all
others.
"""

from cms.catalogue.indexing import catalogue_rebuild
from cms.i18n.reference import in_source_locale
from cms.models import (
    AccessibilityStatementPage,
    ActionArea,
    CataloguePage,
    FundingNotice,
    ImprintPage,
    RegionalNetwork,
    Topic,
)
from demo.context import DemoContext
from demo.reference_data import FUNDING_NOTICE_LABEL
from factsheets.models import FactSheetIndexPage, FactSheetPage
from goodpractice.models import GoodPracticeIndexPage, GoodPracticePage, TargetGroup

from . import fact_sheet_texts, good_practice_texts, legal_texts, reference_texts, site_texts
from .translate import translation_ensure

#: The English home page's path; ``seed_demo`` prints it with the admin's address.
ENGLISH_HOME_PATH = "/en/"


#: Reference data translated before the pages, so their foreign keys point at the English rows.
REFERENCE = (
    (Topic, "name", reference_texts.TOPICS),
    (ActionArea, "name", reference_texts.ACTION_AREAS),
    (RegionalNetwork, "name", reference_texts.NETWORKS),
    (TargetGroup, "name", reference_texts.TARGET_GROUPS),
)


def seed_english(*, context: DemoContext) -> None:
    reference = _reference_ensure()
    german_notice = in_source_locale(FundingNotice).get(label=FUNDING_NOTICE_LABEL)
    # First: a page's funding notice is translated with it only once the notice has an English edition.
    notice, _ = translation_ensure(german_notice, strings=site_texts.FUNDING_NOTICE)
    home = context.home
    fact_sheets = FactSheetIndexPage.objects.child_of(home).get(slug="fact-sheets")
    good_practice = GoodPracticeIndexPage.objects.child_of(home).get(slug="iq-good-practice")
    # Parents before children: wagtail-localize puts a translation below its parent's.
    pages = [
        (home, site_texts.HOME),
        (CataloguePage.objects.child_of(home).get(slug="publikationen"), site_texts.CATALOGUE),
        (ImprintPage.objects.child_of(home).get(slug="impressum"), legal_texts.IMPRINT),
        (AccessibilityStatementPage.objects.child_of(home).get(slug="barrierefreiheit"), legal_texts.ACCESSIBILITY),
        (fact_sheets, site_texts.FACT_SHEET_INDEX),
        (FactSheetPage.objects.child_of(fact_sheets).get(slug=fact_sheet_texts.SLUG), fact_sheet_texts.COUNSELLING),
        (good_practice, site_texts.GOOD_PRACTICE_INDEX),
        *(
            (GoodPracticePage.objects.child_of(good_practice).live().get(slug=slug), strings)
            for slug, strings in good_practice_texts.SHEETS.items()
        ),
    ]
    published = 0
    for german, strings in pages:
        # wagtail-localize points a sheet's funding notice at the English one (a related-object segment).
        published += translation_ensure(german, strings=strings)[1]
    if published:
        # The English catalogue lists its editions at once, as the German one does after seed_catalogue.
        catalogue_rebuild()
    context.write(
        f"Englische Ausgaben: {len(pages)} Seiten ({published} neu veröffentlicht), Förderhinweis „{notice.label}“ "
        f"und {reference} Einträge der Stammdaten übersetzt; Startseite {ENGLISH_HOME_PATH}"
    )


def _reference_ensure() -> int:
    """Translates the demo's German reference rows (those the texts name); returns how many."""
    count = 0
    for model, field, strings in REFERENCE:
        for row in in_source_locale(model).filter(**{f"{field}__in": list(strings)}):
            translation_ensure(row, strings=strings)
            count += 1
    return count
