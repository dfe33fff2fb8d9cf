"""``manage.py seed_demo``: builds the demo once, changes nothing when run again,
and does not exist where demo logins must not (production does not install the app)."""

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.images.models import Image
from wagtail.models import Locale, Page, Revision, Site

import pikepdf
import pytest
from pypdf import PdfReader
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from cms.models import AccessibilityStatementPage, FundingNotice, HomePage, ImprintPage, Organisation, PrivacyPage
from demo.context import DemoContext
from demo.english.translate import untranslated_segments
from demo.seeders import SEEDERS
from factsheets.models import FactSheetIndexPage, FactSheetPage
from goodpractice.models import GoodPracticePage
from pdfexport.models import PublicationPDF
from tests.demo.seeded import seed
from tests.pdf_inspection import flat_text

ROOT = Path(__file__).resolve().parents[2]

LOGINS = {
    "redaktion": "Redaktion",
    "fachreview": "Fachreview",
    "lektorat": "Lektorat",
    "freigabe": "Freigabe",
    "gremium-bmas": "Beratungsgremium",
    "gremium-fachstelle": "Beratungsgremium",
    "gremium-vernetzung": "Beratungsgremium",
    "administration": "Administration",
}


def _counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "pdfs": PublicationPDF.objects.count(),
        "organisations": Organisation.objects.count(),
        "funding_notices": FundingNotice.objects.count(),
        "translation_sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "string_translations": StringTranslation.objects.count(),
    }


@pytest.mark.django_db
def test_seed_demo_builds_site_publications_and_logins(seeded, client):
    output = seeded

    home = HomePage.objects.get(locale__language_code="de")
    assert (home.title, home.slug, home.depth, home.live) == ("Integration durch Qualifizierung", "start", 2, True)
    site = Site.objects.get(is_default_site=True)
    # Absolute links (feeds, sitemap, mails) name the address the site is served at.
    assert (site.root_page_id, site.root_url) == (home.pk, "http://testserver")
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
    for model in (ImprintPage, PrivacyPage, AccessibilityStatementPage):
        assert model.objects.child_of(home).live().count() == 1
    assert FactSheetIndexPage.objects.child_of(home).filter(slug="fact-sheets").exists()
    _assert_fact_sheets_live_with_pdf(home=home)
    _assert_demo_logins_work(client)
    _assert_logins_printed(output)
    _assert_reviewers_find_work_waiting(client)


def _assert_fact_sheets_live_with_pdf(*, home: HomePage) -> None:
    sheets = FactSheetPage.objects.descendant_of(home).live()
    assert sheets.count() == 3
    for sheet in sheets:
        assert sheet.funding_notice.label == "ESF Plus 2023–2025"
        assert len(sheet.funding_notice.logos) == 2
        assert all(figure.value["source"] == "IQ Monitoring" for figure in sheet.key_figures)
        pdf = PublicationPDF.objects.get(revision_id=sheet.live_revision_id)
        assert pdf.page_count >= 1
        with pdf.file.open("rb") as stored:
            assert stored.read(4) == b"%PDF"


def _assert_demo_logins_work(client) -> None:
    for username, group_name in LOGINS.items():
        user = get_user_model().objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group_name]
    assert get_user_model().objects.get(username="admin").is_superuser
    for username in [*LOGINS, "admin"]:
        assert client.login(username=username, password="demo"), username
        client.logout()


def _assert_reviewers_find_work_waiting(client) -> None:
    """Two publications are left in review, so each role sees the workflow at work."""
    waiting = {
        "fachreview": ["Faire Integration: Beratungsanliegen 2024"],
        "gremium-fachstelle": ["Mentoring für Ingenieurinnen", "1 von 2 Zustimmungen"],
        "gremium-bmas": [],  # voted already
        "lektorat": [],
    }
    for username, expected in waiting.items():
        client.force_login(get_user_model().objects.get(username=username))
        panel = client.get("/admin/").content.decode()
        panel = panel[panel.index('id="my-reviews-section"') :]
        for text in expected:
            assert text in panel, (username, text)
        if not expected:
            assert "Zurzeit wartet keine Publikation auf Ihre Prüfung" in panel, username
    client.logout()


def _assert_logins_printed(output: str) -> None:
    for username in [*LOGINS, "admin"]:
        assert f"  {username} " in output
    assert "„demo“" in output
    assert "http://testserver/admin/" in output
    assert "Englische Startseite: http://testserver/en/" in output


@pytest.mark.django_db
def test_seed_demo_twice_adds_nothing_and_republishes_only_changed_pages(seeded):
    after_first = _counts()

    second_output = seed()

    assert _counts() == after_first
    assert "Fact Sheets: 3 (0 neu veröffentlicht)" in second_output
    assert "Englische Ausgaben: 9 Seiten (0 neu veröffentlicht)" in second_output
    # An edited page is put back and published once, with a PDF for its new revision;
    # its English edition, a translation of the same text, is not republished.
    FactSheetPage.objects.filter(slug="iq-beratung-2023-in-zahlen").update(teaser="Von Hand geändert")
    seed()
    assert _counts() == {**after_first, "revisions": after_first["revisions"] + 1, "pdfs": after_first["pdfs"] + 1}
    assert FactSheetPage.objects.get(slug="iq-beratung-2023-in-zahlen").teaser.startswith("61.400 Beratungen")


# German page's slug → a text of its English edition.
ENGLISH_EDITIONS = {
    "start": "Publications of the “Integration through Qualification (IQ)” funding programme.",
    "publikationen": "All publications of the IQ funding programme",
    "impressum": "Information pursuant to Section 5 of the German Digital Services Act",
    "barrierefreiheit": "ebb GmbH is committed to making this website and the IQ publications accessible",
    "iq-beratung-2023-in-zahlen": "IQ counselling centres across Germany held",
    "sprachcafe-technik": "Why does the language café take place at work rather than in a classroom?",
    "anerkennungslotsen-im-jobcenter": "Advice where people go anyway",
}


@pytest.mark.django_db
def test_seed_demo_builds_english_editions_with_pdfs(seeded, client):
    """Real wagtail-localize translations, live at /en/, with the English funding
    notice and an English PDF that passed the validator; the German site unchanged."""
    german, english = Locale.objects.get(language_code="de"), Locale.objects.get(language_code="en")
    english_notice = FundingNotice.objects.get(locale=english)
    assert "Federal Ministry of Labour and Social Affairs" in english_notice.text
    assert [logo.value["alt"] for logo in english_notice.logos] == [
        "Federal Ministry of Labour and Social Affairs",
        "Co-funded by the European Union",
    ]
    assert HomePage.objects.get(locale=english).url == "/en/"
    publications = 0
    for slug, text in ENGLISH_EDITIONS.items():
        original = Page.objects.get(locale=german, slug=slug).specific
        edition = original.get_translation(english).specific
        assert edition.live and edition.alias_of_id is None, slug
        assert Translation.objects.filter(source__object_id=original.translation_key, target_locale=english).exists()
        assert untranslated_segments(original) == [], slug
        response = client.get(edition.url)
        assert response.status_code == 200, edition.url
        html = response.content.decode()
        assert '<html lang="en"' in html and text in html, slug
        # The header's language switcher links to the German page.
        assert f'<a href="{original.url}" hreflang="de" lang="de">Deutsch</a>' in html, slug
        if isinstance(edition, (FactSheetPage, GoodPracticePage)):
            assert edition.funding_notice_id == english_notice.pk, slug
            assert "Federal Ministry of Labour and Social Affairs" in html, slug
            _assert_english_pdf(edition)
            publications += 1
    assert publications == 3
    for page in Page.objects.live().public().filter(locale=german, depth__gt=1).specific():
        assert client.get(page.url).status_code == 200, page.url


def _assert_english_pdf(edition: Page) -> None:
    pdf = PublicationPDF.objects.get(revision_id=edition.live_revision_id)
    assert pdf.pdfua_passed, (edition.slug, pdf.pdfua_status)
    with pdf.file.open("rb") as stored:
        content = stored.read()
    with pikepdf.open(io.BytesIO(content)) as document:
        assert str(document.Root.Lang) == "en-GB", edition.slug
    text = flat_text("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages))
    for expected in ("Page 1 of", "Integration through Qualification (IQ)", "Federal Ministry of Labour and Social"):
        assert expected in text, (edition.slug, expected)
    assert "Seite 1 von" not in text, edition.slug


def test_production_does_not_install_the_demo_and_knows_no_seed_demo(tmp_path):
    """Production settings leave the demo app out, so the command that creates
    logins with a published password does not exist there."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_SECRET_KEY": "throwaway-production-test-key",
        "DJANGO_ALLOWED_HOSTS": "localhost",
        "WAGTAILADMIN_BASE_URL": "https://iq.example.org",
        # Required by production; nothing here connects to it.
        "REDIS_URL": "redis://127.0.0.1:6379/15",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "IQ_PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "STATIC_ROOT": str(tmp_path / "static"),
    }

    seed = _run([sys.executable, "manage.py", "seed_demo"], env=env)
    installed = _run(
        [sys.executable, "-c", "import django; django.setup(); from django.apps import apps; "
         "from django.conf import settings; print(apps.is_installed('demo'), 'demo' in settings.INSTALLED_APPS)"],
        env=env,
    )  # fmt: skip

    assert seed.returncode != 0
    assert "Unknown command: 'seed_demo'" in seed.stderr
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.split() == ["False", "False"]
    assert not (tmp_path / "db.sqlite3").exists() or _tables(tmp_path / "db.sqlite3") == []


def _run(command: list[str], *, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)


def _tables(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def test_seed_demo_runs_one_ordered_list_of_seeders():
    """Content first, then the users, then the work the reviewers find waiting."""
    assert [seeder.__name__ for seeder in SEEDERS] == [
        "seed_site",
        "seed_accessible_language",
        "seed_fact_sheets",
        "seed_magazine",
        "seed_dossiers",
        "seed_good_practice",
        "seed_catalogue",
        "seed_users",
        "seed_good_practice_selection",
        "seed_fact_sheet_in_review",
        "seed_good_practice_before_the_board",
        "seed_subprojects",
        "seed_english",
    ]


@pytest.mark.django_db
def test_each_seeder_adds_nothing_when_run_again(seeded):
    context = DemoContext(write=lambda line: None)
    before = _counts()

    for seeder in SEEDERS:
        seeder(context=context)
        assert _counts() == before, seeder.__name__
