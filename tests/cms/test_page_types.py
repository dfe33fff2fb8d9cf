"""Where each page type may live, and that every page type has a factory."""

import importlib

from django.apps import apps

from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase

from cms.models import (
    AccessibilityStatementPage,
    CataloguePage,
    EasyLanguagePage,
    HomePage,
    ImprintPage,
    PrivacyPage,
    SignLanguagePage,
    SubprojectDirectoryPage,
)
from dossiers.models import DossierIndexPage
from factsheets.models import FactSheetIndexPage, FactSheetPage
from goodpractice.models import GoodPracticeIndexPage
from magazine.models import MagazineArchivePage

OUR_APPS = {"cms", "factsheets", "magazine", "dossiers", "goodpractice", "workflows", "pdfexport"}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_takes_the_listings_the_catalogue_and_legal_pages(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                MagazineArchivePage,
                FactSheetIndexPage,
                DossierIndexPage,
                GoodPracticeIndexPage,
                CataloguePage,
                EasyLanguagePage,
                SignLanguagePage,
                SubprojectDirectoryPage,
                ImprintPage,
                PrivacyPage,
                AccessibilityStatementPage,
            },
        )

    def test_fact_sheets_live_only_under_their_index(self):
        self.assertAllowedParentPageTypes(FactSheetPage, {FactSheetIndexPage})
        self.assertCanNotCreateAt(HomePage, FactSheetPage)
        self.assertAllowedSubpageTypes(FactSheetPage, set())

    def test_home_page_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})


def test_every_page_model_has_a_factory():
    missing = []
    for model in get_page_models():
        if model._meta.app_label not in OUR_APPS:
            continue
        factories = importlib.import_module(f"{apps.get_app_config(model._meta.app_label).name}.factories")
        if not any(getattr(getattr(obj, "_meta", None), "model", None) is model for obj in vars(factories).values()):
            missing.append(model.__name__)
    assert not missing, f"page models without a factory: {missing}"
