"""The seeder of the demo's English editions, run last: the funding notice,
the home page, catalogue, legal notice and accessibility statement, the two
listings and, in them, one fact sheet and two selected good practice sheets,
each a wagtail-localize translation of its German page (``translate.py``).

The texts are in ``*_texts.py``, one mapping of German segment text to
English per page. The English catalogue lists the English editions once the
catalogue is rebuilt; the PDFs are rendered by ``seed_demo`` with all others.
"""

from cms.catalogue.indexing import catalogue_rebuild
from cms.i18n.reference import in_source_locale
from cms.models import AccessibilityStatementPage, CataloguePage, FundingNotice, ImprintPage
from demo.context import DemoContext
from demo.reference_data import FUNDING_NOTICE_LABEL
from factsheets.models import FactSheetIndexPage, FactSheetPage
from goodpractice.models import GoodPracticeIndexPage, GoodPracticePage

from . import fact_sheet_texts, good_practice_texts, legal_texts, site_texts
from .translate import translation_ensure

#: The English home page's path; ``seed_demo`` prints it with the admin's address.
ENGLISH_HOME_PATH = "/en/"


def seed_english(*, context: DemoContext) -> None:
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
        f"übersetzt; Startseite {ENGLISH_HOME_PATH}"
    )
