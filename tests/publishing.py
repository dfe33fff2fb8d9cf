"""Publishing past the review workflow, for tests that need live pages rather
than a review (the review itself: tests/workflows)."""

from workflows.publish_guard import publishing_authorised


def publish(page, *, capture, execute: bool = True, **changes):
    """Save a revision of ``page`` with ``changes`` and publish it as the last
    stage of a workflow does; with ``execute`` the renders queued on commit run,
    as the worker would run them. Returns the page as now stored."""
    for field, value in changes.items():
        setattr(page, field, value)
    with capture(execute=execute), publishing_authorised():
        page.save_revision().publish()
    page.refresh_from_db()
    return page
