"""The catalogue page and helpers to put publications into it quickly."""

import pytest

from cms.catalogue.indexing import catalogue_entry_refresh
from cms.factories import CataloguePageFactory


@pytest.fixture
def catalogue(home_page):
    return CataloguePageFactory(parent=home_page)


@pytest.fixture
def listed(django_capture_on_commit_callbacks):
    """``listed(page, …)``: the pages' catalogue entries built and searchable,
    as publishing them would, without rendering their PDFs."""

    def make(*pages):
        with django_capture_on_commit_callbacks(execute=True):
            entries = [catalogue_entry_refresh(page=page) for page in pages]
        return entries

    return make
