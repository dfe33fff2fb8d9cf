"""Publishing helpers shared by the PDF tests."""

from factsheets.factories import FactSheetPageFactory
from workflows.publish_guard import publishing_authorised


def publish(page, *, capture, execute: bool = True, **changes):
    """Save a revision with ``changes`` and publish it; with ``execute`` the
    render queued on commit runs, as the worker would run it.

    The PDF tests need live pages, not a review: the helper publishes as the
    system does after a final approval, past the workflow's publish guard.
    """
    for field, value in changes.items():
        setattr(page, field, value)
    with capture(execute=execute), publishing_authorised():
        revision = page.save_revision()
        revision.publish()
    page.refresh_from_db()
    return revision


def published_fact_sheet(*, parent, capture, **fields):
    page = FactSheetPageFactory(parent=parent, live=False, **fields)
    publish(page, capture=capture)
    return page
