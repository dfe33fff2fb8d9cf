from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Page, Site

import pytest

from cms.factories import (
    AccessibilityStatementPageFactory,
    HomePageFactory,
    ImprintPageFactory,
    PrivacyPageFactory,
)
from factsheets.factories import FactSheetIndexPageFactory
from tests.baseline import wagtail_baseline_ensure
from workflows.roles import roles_ensure


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Every test writes its images and PDFs into its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _wagtail_baseline(request):
    """Transactional tests start from what the migrations created (see tests/baseline.py)."""
    marker = request.node.get_closest_marker("django_db")
    transactional = "live_server" in request.fixturenames or (marker and marker.kwargs.get("transaction"))
    if transactional:
        request.getfixturevalue("transactional_db")
        wagtail_baseline_ensure()


@pytest.fixture(autouse=True)
def _empty_cache():
    """The database is rolled back after each test; caches must forget with it
    (Wagtail caches renditions by image id, and SQLite reuses ids after a rollback)."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def home_page(db):
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="start")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.hostname = "testserver"
    site.save()
    # Wagtail's install page is not part of our site.
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


@pytest.fixture
def legal_pages(home_page):
    return {
        "imprint": ImprintPageFactory(parent=home_page),
        "privacy": PrivacyPageFactory(parent=home_page),
        "accessibility": AccessibilityStatementPageFactory(parent=home_page),
    }


@pytest.fixture
def fact_sheet_index(home_page):
    return FactSheetIndexPageFactory(parent=home_page)


@pytest.fixture
def roles(home_page):
    roles_ensure()
    return {group.name: group for group in Group.objects.all()}


def _user_in(group_name: str, username: str):
    user = get_user_model().objects.create_user(username=username, password="pw", email=f"{username}@example.org")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(roles):
    return _user_in("Redaktion", "redakteurin")


@pytest.fixture
def approver(roles):
    return _user_in("Freigabe", "freigabe")
