"""The demo's roles and logins, one per role, all with the documented password.

Seeded after the content: the content seeders publish directly, and only the
publications left in review need the reviewers.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from workflows.defaults import workflows_ensure
from workflows.roles import roles_ensure

from .context import DemoContext

# A documented demo login; production does not install the demo app at all.
DEMO_PASSWORD = "demo"  # noqa: S105
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
