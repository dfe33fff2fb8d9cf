"""Revisions of publications in review, complete unless a test takes something away."""

import pytest

from cms.factories import OrganisationFactory, TopicFactory
from factsheets.factories import FactSheetPageFactory


@pytest.fixture
def fact_sheet_revision(fact_sheet_index):
    """``fact_sheet_revision(**fields)``: a fact sheet with all metadata, then ``fields`` changed in a
    draft revision, saved unvalidated as the admin saves drafts."""

    def make(*, publishers=None, topics=None, **fields):
        page = FactSheetPageFactory(parent=fact_sheet_index, live=False)
        for name, value in fields.items():
            setattr(page, name, value)
        page.publishers.set(publishers if publishers is not None else [OrganisationFactory(name="ebb GmbH")])
        page.topics.set(topics if topics is not None else [TopicFactory(name="Anerkennung", slug="anerkennung")])
        return page.save_revision(clean=False)

    return make
