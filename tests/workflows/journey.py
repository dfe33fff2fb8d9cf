"""Acting on review workflows through the admin, the way editors and reviewers do."""

import re
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.log_actions import registry as log_registry
from wagtail.models import Page, TaskState, WorkflowState

PEOPLE = (
    ("redaktion", "Redaktion", "Lena", "Hoffmann"),
    ("redaktion2", "Redaktion", "Paul", "Richter"),
    ("fachreview", "Fachreview", "Samir", "Haddad"),
    ("fachreview2", "Fachreview", "Nora", "Becker"),
    ("lektorat", "Lektorat", "Jana", "Krüger"),
    ("lektorat2", "Lektorat", "Tim", "Berger"),
    ("freigabe", "Freigabe", "Michael", "Brandt"),
    ("gremium1", "Beratungsgremium", "Petra", "Schulz"),
    ("gremium2", "Beratungsgremium", "Ahmet", "Yılmaz"),
    ("gremium3", "Beratungsgremium", "Katrin", "Vogel"),
)


def people_create() -> SimpleNamespace:
    """One or two people per demo role, plus a superuser and a user with admin
    access but no role."""
    people = {}
    for username, group, first_name, last_name in PEOPLE:
        user = get_user_model().objects.create_user(
            username=username,
            password="pw",
            email=f"{username}@example.org",
            first_name=first_name,
            last_name=last_name,
        )
        user.groups.add(Group.objects.get(name=group))
        people[username] = user
    people["admin"] = get_user_model().objects.create_superuser(
        username="admin", password="pw", email="admin@example.org"
    )
    outsider = get_user_model().objects.create_user(username="aussen", password="pw", email="aussen@example.org")
    outsider.groups.add(Group.objects.get(name="Administration"))
    people["outsider"] = outsider
    return SimpleNamespace(**people)


def edit_url(page: Page) -> str:
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def submit(client, user, page: Page, form: dict):
    """Save the form and submit (or resubmit) for review."""
    client.force_login(user)
    return client.post(edit_url(page), {**form, "action-submit": "action-submit"})


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
