"""Publications the demo leaves in review, so reviewers find something under
„Meine Prüfungen“ on their first login. Needs the demo users."""

from django.contrib.auth import get_user_model

from wagtail.models import Page

from workflows.check_runs import workflow_checks_run


def demo_review_ensure(
    *, page: Page, submitter: str, changes: dict, approvals: tuple[tuple[str, str], ...] = ()
) -> bool:
    """Leave ``page`` in review: a draft with ``changes`` submitted by
    ``submitter``, the automated checks run, then ``approvals`` given in order
    as (username, comment). Does nothing when the page is in review already."""
    if page.workflow_in_progress:
        return False
    users = get_user_model().objects
    draft = page.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(draft, name, value)
    draft.save_revision(user=users.get(username=submitter))
    state = page.get_workflow().start(page, users.get(username=submitter))
    # The worker would run the checks after commit; the demo wants the result now.
    workflow_checks_run(task_state_id=state.current_task_state_id)
    for username, comment in approvals:
        state.refresh_from_db()
        task_state = state.current_task_state
        task_state.task.specific.on_action(task_state, users.get(username=username), "approve", comment=comment)
    return True
