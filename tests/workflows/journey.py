"""Acting on review workflows through the admin, the way editors and reviewers do."""

import re

from django.urls import reverse

from wagtail.log_actions import registry as log_registry
from wagtail.models import Page, TaskState, WorkflowState

from tests.workflows.form_state import page_form_data


def edit_url(page: Page) -> str:
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def submit(client, user, page: Page, form: dict):
    """Save the form and submit (or resubmit) for review."""
    client.force_login(user)
    return client.post(edit_url(page), {**form, "action-submit": "action-submit"})


def submit_past_checks(client, user, page: Page, *, capture, **changes) -> None:
    """Submit through the editor (the form with ``changes``) and wave the automated
    checks through, for tests of what comes after them (the checks have their own
    tests); then run what the submission queued, as the worker would: the checks
    job finds its stage decided and does nothing."""
    with capture(execute=False) as queued:
        response = submit(client, user, page, page_form_data(page, user=user, **changes))
    assert response.status_code == 302
    assert stage(page) == "Automatische Prüfungen"
    with capture(execute=True):
        current_task_state(page).approve(user=None)
    for callback in queued:
        callback()
    assert stage(page) == "Fachreview"


def in_review(page: Page, *, submitter) -> TaskState:
    """``page`` submitted by ``submitter`` without the edit form, the automated
    checks waved through; returns the stage that waits now."""
    page.save_revision(user=submitter)
    page.get_workflow().start(page, submitter)
    page.current_workflow_task_state.approve(user=None)
    return current_task_state(page)


def save(client, user, page: Page, form: dict):
    client.force_login(user)
    return client.post(edit_url(page), form)


def act(client, user, page: Page, action: str = "approve", comment: str = ""):
    """Approve or request changes from the dashboard/listing action (Wagtail's
    workflow action view), as a reviewer clicking the button."""
    task_state = current_task_state(page)
    client.force_login(user)
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk)), {"comment": comment}
    )


def actions_offered(client, user, page: Page) -> set[str]:
    """The workflow action buttons the editor shows ``user`` (empty when the
    editor is closed to them)."""
    client.force_login(user)
    response = client.get(edit_url(page))
    if response.status_code != 200:
        return set()
    return set(re.findall(r'data-workflow-action-name="(\w+)"', response.content.decode()))


def dashboard_section(client, user, section_id: str) -> str:
    """The HTML of one panel of ``user``'s admin dashboard, "" where they do not get it."""
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    match = re.search(rf'id="{section_id}".*?</section>', response.content.decode(), re.S)
    return match.group(0) if match else ""


def current_task_state(page: Page) -> TaskState | None:
    state = WorkflowState.objects.active().for_instance(page).first()
    return state.current_task_state if state else None


def stage(page: Page) -> str | None:
    """Where the page stands: the current task's name, "needs_changes", or None."""
    state = WorkflowState.objects.active().for_instance(page).first()
    if state is None:
        return None
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return "needs_changes"
    return state.current_task_state.task.name


def audit_trail(page: Page) -> list[tuple[str, str | None, str]]:
    """(action, username, comment) of every workflow log entry, oldest first."""
    entries = log_registry.get_logs_for_instance(page).order_by("timestamp", "pk")
    rows = []
    for entry in entries:
        if entry.action.startswith(("wagtail.workflow.", "workflows.", "wagtail.publish")):
            comment = (entry.data or {}).get("comment", "")
            rows.append((entry.action, entry.user.username if entry.user else None, comment))
    return rows
