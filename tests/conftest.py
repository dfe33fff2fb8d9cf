"""Fixtures every test folder shares: the site, its listing pages, the people
in the editorial roles and fact sheets in the states most tests start from."""

from types import SimpleNamespace

from django.contrib.auth.models import Group

from wagtail.models import Page, Site

import pytest
import wagtail_factories

from cms.factories import (
    AccessibilityStatementPageFactory,
    FundingNoticeFactory,
    HomePageFactory,
    ImprintPageFactory,
    OrganisationFactory,
    PrivacyPageFactory,
    TopicFactory,
    UserFactory,
)
from dossiers.factories import DossierIndexPageFactory
from factsheets.factories import FactSheetIndexPageFactory, FactSheetPageFactory
from goodpractice.factories import GoodPracticeIndexPageFactory
from magazine.factories import MagazineArchivePageFactory
from tests.baseline import wagtail_baseline_ensure
from tests.publishing import publish
from workflows.roles import roles_ensure

# The seeded demo (``seeded``, tests/demo/seeded.py), for any module that reads what seed_demo builds.
pytest_plugins = ["tests.demo.seeded"]

#: (username, trait, first name, last name): one or two people per role, so that
#: the four-eyes rule always leaves someone who may decide.
TEAM = (
    ("redaktion", "editor", "Lena", "Hoffmann"),
    ("redaktion2", "editor", "Paul", "Richter"),
    ("fachreview", "fachreview", "Samir", "Haddad"),
    ("fachreview2", "fachreview", "Nora", "Becker"),
    ("lektorat", "lektorat", "Jana", "Krüger"),
    ("lektorat2", "lektorat", "Tim", "Berger"),
    ("freigabe", "freigabe", "Michael", "Brandt"),
    ("gremium1", "board", "Petra", "Schulz"),
    ("gremium2", "board", "Ahmet", "Yılmaz"),
    ("gremium3", "board", "Katrin", "Vogel"),
)


@pytest.fixture(autouse=True)
def _media_root(request, settings, tmp_path):
    """Every test writes its images, and its documents and PDFs (the private root), into its own folders;
    a test on the seeded demo shares the demo's, where the seed put its pictures and PDFs."""
    if "seeded" in request.fixturenames:
        settings.MEDIA_ROOT = request.getfixturevalue("demo_media")
        settings.IQ_PRIVATE_MEDIA_ROOT = request.getfixturevalue("demo_private")
        return
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.IQ_PRIVATE_MEDIA_ROOT = tmp_path / "private"


def _transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    fixtures = item.fixturenames
    explicit = bool(marker and marker.kwargs.get("transaction"))
    return explicit or "live_server" in fixtures or "transactional_db" in fixtures


@pytest.fixture(autouse=True)
def _wagtail_baseline(request):
    """Transactional tests start from what the migrations created (see tests/baseline.py)."""
    if _transactional(request.node):
        request.getfixturevalue("transactional_db")
        wagtail_baseline_ensure()


_db_blocker = []


@pytest.fixture(scope="session", autouse=True)
def _remember_db_blocker(django_db_blocker):
    _db_blocker.append(django_db_blocker)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test ends with a flush of every table; put the baseline back
    after it too. Alone, pytest-django runs transactional tests last; spread over
    workers (pytest-xdist), ordinary tests of the next file follow them."""
    yield
    # With no next item the session's fixtures are gone too, the test database
    # included: the connection would reach the real one.
    if _db_blocker and nextitem is not None and _transactional(item):
        with _db_blocker[0].unblock():
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


# --- the site and its listing pages ------------------------------------------


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
def magazine_archive(home_page):
    return MagazineArchivePageFactory(parent=home_page)


@pytest.fixture
def dossier_index(home_page):
    return DossierIndexPageFactory(parent=home_page)


@pytest.fixture
def good_practice_index(home_page):
    return GoodPracticeIndexPageFactory(parent=home_page)


@pytest.fixture
def photo(db):
    return wagtail_factories.ImageFactory(title="Beratung am Laptop")


# --- people --------------------------------------------------------------------


@pytest.fixture
def roles(home_page):
    roles_ensure()
    return {group.name: group for group in Group.objects.all()}


@pytest.fixture
def editor(roles):
    """Someone in Redaktion, for tests in which nobody else acts."""
    return UserFactory(editor=True)


@pytest.fixture
def approver(roles):
    """Someone in Freigabe, for tests in which nobody else acts."""
    return UserFactory(freigabe=True)


@pytest.fixture
def team(roles):
    """Everyone who takes part in a review, by username (``team.fachreview2``),
    plus ``admin``, a superuser, and ``outsider`` ("aussen"), who is in
    Administration but in no stage of a workflow."""
    people = {
        username: UserFactory(username=username, first_name=first_name, last_name=last_name, **{trait: True})
        for username, trait, first_name, last_name in TEAM
    }
    people["admin"] = UserFactory(username="admin", superuser=True)
    people["outsider"] = UserFactory(username="aussen", administration=True)
    return SimpleNamespace(**people)


# --- fact sheets -----------------------------------------------------------------


@pytest.fixture
def draft_fact_sheet(fact_sheet_index, legal_pages):
    """A draft that passes the automated checks as it is."""
    page = FactSheetPageFactory(
        parent=fact_sheet_index,
        live=False,
        title="IQ Beratung 2023 in Zahlen",
        slug="iq-beratung-2023",
        funding_notice=FundingNoticeFactory(),
    )
    page.publishers.add(OrganisationFactory(name="IQ Fachstelle Beratung und Qualifizierung"))
    page.topics.add(TopicFactory(name="Anerkennung"))
    page.save_revision()
    return page


@pytest.fixture
def make_published_fact_sheet(fact_sheet_index, django_capture_on_commit_callbacks):
    """``make_published_fact_sheet(**fields)``: a fact sheet published past the
    workflow, with the PDF of its live revision rendered."""

    def make(**fields):
        page = FactSheetPageFactory(parent=fact_sheet_index, live=False, **fields)
        return publish(page, capture=django_capture_on_commit_callbacks)

    return make


@pytest.fixture
def published_fact_sheet(make_published_fact_sheet):
    """A live fact sheet with the PDF of its live revision."""
    return make_published_fact_sheet()
