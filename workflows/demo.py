"""Demo roles and logins, seeded after the content (order 90), and the helper
the content apps use to leave a publication in review (order 95)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Page

from cms.demo import DEMO_PASSWORD, DemoContext, demo_seeder
from workflows.defaults import workflows_ensure
from workflows.roles import roles_ensure
from workflows.services import workflow_checks_run

DEMO_USERS = (
    ("redaktion", "Redaktion", "Lena", "Hoffmann"),
    ("fachreview", "Fachreview", "Samir", "Haddad"),
    ("lektorat", "Lektorat", "Jana", "Krüger"),
    ("freigabe", "Freigabe", "Michael", "Brandt"),
    # The good-practice advisory board decides with at least two votes.
    ("gremium-bmas", "Beratungsgremium", "Petra", "Schulz"),
    ("gremium-fachstelle", "Beratungsgremium", "Ahmet", "Yılmaz"),
    ("gremium-vernetzung", "Beratungsgremium", "Katrin", "Vogel"),
    ("administration", "Administration", "Thomas", "Wagner"),
)


@demo_seeder(order=90)
def seed_users(*, context: DemoContext) -> None:
    # The migrations created both; running them again completes a database
    # whose roles or workflows an earlier demo version left incomplete.
    roles_ensure()
    workflows_ensure()
    for username, group_name, first_name, last_name in DEMO_USERS:
        user = _user_ensure(username=username, first_name=first_name, last_name=last_name)
        user.groups.add(Group.objects.get(name=group_name))
        context.logins.append((username, group_name))
    _user_ensure(username="admin", first_name="Demo", last_name="Admin", superuser=True)
    context.logins.append(("admin", "Administration (Superuser)"))
    context.write(f"Rollen und Benutzer: {len(context.logins)} Anmeldungen, Passwort „{DEMO_PASSWORD}“.")


def _user_ensure(*, username: str, first_name: str, last_name: str, superuser: bool = False):
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.first_name, user.last_name = first_name, last_name
    user.email = f"{username}@example.org"
    user.is_active = True
    user.is_staff = user.is_superuser = superuser
    # Set on every run so the documented password works even after someone changed it.
    user.set_password(DEMO_PASSWORD)
    user.save()
    return user


def demo_review_ensure(
    *, page: Page, submitter: str, changes: dict, approvals: tuple[tuple[str, str], ...] = ()
) -> bool:
    """Leave ``page`` in review, so reviewers find something under „Meine
    Prüfungen“ on their first login: a draft with ``changes`` submitted by
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
