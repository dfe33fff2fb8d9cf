"""``manage.py seed_demo``: builds the demo once, changes nothing when run again,
and refuses to run where demo logins must not exist."""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from wagtail.images.models import Image
from wagtail.models import Page, Revision, Site

import pytest

from cms.models import AccessibilityStatementPage, FundingNotice, HomePage, ImprintPage, Organisation, PrivacyPage
from factsheets.models import FactSheetIndexPage, FactSheetPage
from pdfexport.models import PublicationPDF

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


def _seed() -> str:
    stdout = io.StringIO()
    call_command("seed_demo", stdout=stdout, stderr=io.StringIO())
    return stdout.getvalue()


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
    }


@pytest.mark.django_db
def test_seed_demo_builds_site_publications_and_logins(client):
    output = _seed()

    home = HomePage.objects.get()
    assert (home.title, home.slug, home.depth, home.live) == ("Integration durch Qualifizierung", "start", 2, True)
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
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


@pytest.mark.django_db
def test_seed_demo_twice_adds_nothing_and_republishes_only_changed_pages():
    _seed()
    after_first = _counts()

    second_output = _seed()

    assert _counts() == after_first
    assert "Fact Sheets: 3 (0 neu veröffentlicht)" in second_output
    # An edited page is put back and published once, with a PDF for its new revision.
    FactSheetPage.objects.filter(slug="iq-beratung-2023-in-zahlen").update(teaser="Von Hand geändert")
    _seed()
    assert _counts() == {**after_first, "revisions": after_first["revisions"] + 1, "pdfs": after_first["pdfs"] + 1}
    assert FactSheetPage.objects.get(slug="iq-beratung-2023-in-zahlen").teaser.startswith("61.400 Beratungen")


@pytest.mark.django_db
def test_seed_demo_refuses_without_iq_allow_demo_seed(settings):
    settings.IQ_ALLOW_DEMO_SEED = False
    before = _counts()

    with pytest.raises(CommandError, match="IQ_ALLOW_DEMO_SEED"):
        _seed()

    assert _counts() == before
    assert not HomePage.objects.exists()
