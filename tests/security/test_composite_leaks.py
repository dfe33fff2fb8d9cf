"""An issue PDF binds its articles. An article that is restricted, unpublished,
moved below a restricted page or deleted must leave the public issue PDF at
once, and the issue's earlier editions that still bind it must stop being
served publicly: before, the restricted article's own ``pdf/`` answered 302
while the issue PDF and its old editions (immutable for a year) went on
handing its text to everyone, and nothing re-rendered the issue."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

import pytest

from cms.factories import UserFactory
from cms.stream_data import heading, paragraph
from cms.withdrawal.services import page_withdraw
from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory
from pdfexport.models import PdfKind, PublicationPDF
from pdfexport.revision_render import pdf_render_revision
from tests.pdf_inspection import flat_text, pdf_facts
from tests.publishing import publish

OPEN_TITLE = "Anerkennung digital im Alltag"
OPEN_TEXT = "Dieser Beitrag bleibt für alle lesbar."
SECRET_TITLE = "Interne Auswertung der Modellprojekte"
SECRET_TEXT = "Vertrauliche Zwischenergebnisse der Evaluation."
FAST = "X-IQ-Fast-Path"


@pytest.fixture
def magazine(magazine_archive, legal_pages, django_capture_on_commit_callbacks):
    """A live issue with an open and a secret article, and the PDF of its live revision."""
    issue = MagazineIssuePageFactory(parent=magazine_archive, live=False)
    articles = {}
    for key, title, text in (("open", OPEN_TITLE, OPEN_TEXT), ("secret", SECRET_TITLE, SECRET_TEXT)):
        article = MagazineArticlePageFactory(
            parent=issue, live=False, title=title, body=[heading(f"Kapitel {title}"), paragraph(text)]
        )
        articles[key] = publish(article, capture=django_capture_on_commit_callbacks, execute=False)
    issue = publish(issue, capture=django_capture_on_commit_callbacks, execute=False)
    # One render, as the worker would: the issue alone, not its articles' own PDFs.
    first = pdf_render_revision(revision_id=issue.live_revision_id)
    return {"issue": issue, "first": first, **articles}


def _pdf_text(response) -> tuple[str, list[str]]:
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    facts = pdf_facts(b"".join(response.streaming_content))
    return flat_text(facts.text), facts.bookmarks


def _assert_binds(response, *, secret: bool) -> None:
    text, bookmarks = _pdf_text(response)
    assert OPEN_TEXT in text and OPEN_TITLE in bookmarks
    assert (SECRET_TEXT in text) is secret
    assert (SECRET_TITLE in text) is secret, "the contents and cover name it only while it is bound"
    assert (SECRET_TITLE in bookmarks) is secret


def _restrict(page, kind: str) -> PageViewRestriction:
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="geheim" if kind == PageViewRestriction.PASSWORD else ""
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.create(name="Modellprojekte")])
    return restriction


def _edition_url(issue, pdf: PublicationPDF) -> str:
    return f"{issue.url}pdf/{pdf.sha256}/"


@pytest.mark.django_db
@pytest.mark.parametrize("kind", [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD, PageViewRestriction.GROUPS])
def test_restricted_article_is_left_out_of_the_public_issue_pdf(
    client, magazine, kind, django_capture_on_commit_callbacks
):
    issue, secret = magazine["issue"], magazine["secret"]
    _assert_binds(client.get(issue.url + "pdf/"), secret=True)
    with django_capture_on_commit_callbacks(execute=True):
        _restrict(secret, kind)

    assert client.get(secret.url + "pdf/")["Content-Type"] != "application/pdf"
    _assert_binds(client.get(issue.url + "pdf/"), secret=False)
    assert PublicationPDF.objects.filter(page_id=issue.pk, revision_id=issue.live_revision_id).count() == 2, (
        "a new PDF of the same issue revision"
    )


@pytest.mark.django_db
def test_lifted_restriction_brings_the_article_back_into_the_issue_pdf(
    client, magazine, django_capture_on_commit_callbacks
):
    issue = magazine["issue"]
    with django_capture_on_commit_callbacks(execute=True):
        restriction = _restrict(magazine["secret"], PageViewRestriction.LOGIN)
    _assert_binds(client.get(issue.url + "pdf/"), secret=False)

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()

    # The render finds the first PDF again (same print HTML); it, not the newest, is current.
    _assert_binds(client.get(issue.url + "pdf/"), secret=True)


@pytest.mark.django_db
def test_issue_pdf_binding_a_just_restricted_article_is_withheld_until_rendered_again(
    client, magazine, django_capture_on_commit_callbacks
):
    issue = magazine["issue"]
    client.get(issue.url + "pdf/")
    assert client.get(issue.url + "pdf/")[FAST] == "1"
    # The render is queued but has not run yet.
    with django_capture_on_commit_callbacks(execute=False):
        _restrict(magazine["secret"], PageViewRestriction.LOGIN)

    response = client.get(issue.url + "pdf/")

    assert response.status_code == 503 and FAST not in response
    assert "PDF wird erstellt" in response.content.decode()
    assert "PDF der aktuellen Fassung wird erstellt" in client.get(issue.url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("change", ["unpublish", "restrict", "delete"])
def test_old_issue_edition_with_unpublished_article_is_not_public(
    client, magazine, editor, change, django_capture_on_commit_callbacks
):
    issue, secret, first = magazine["issue"], magazine["secret"], magazine["first"]
    url = _edition_url(issue, first)
    client.get(url)
    assert client.get(url)[FAST] == "1", "remembered by the fast path"

    # Only the change, no re-render: the edition must be refused on its own account.
    with django_capture_on_commit_callbacks(execute=False):
        if change == "unpublish":
            Page.objects.get(pk=secret.pk).specific.unpublish()
        elif change == "restrict":
            _restrict(secret, PageViewRestriction.LOGIN)
        else:
            Page.objects.get(pk=secret.pk).delete()

    response = client.get(url)
    assert response.status_code == 410 and FAST not in response
    assert response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert "Diese Fassung ist nicht mehr öffentlich" in page and SECRET_TITLE not in page
    assert "no-store" in response["Cache-Control"]

    # Editors keep it in the PDF archive of the admin.
    client.force_login(editor)
    assert "PDF-Archiv der Verwaltung" in client.get(url).content.decode()
    archived = client.get(reverse("pdfexport_admin:archive_download", args=[issue.pk, first.pk]))
    text, _ = _pdf_text(archived)
    assert SECRET_TEXT in text


@pytest.mark.django_db
def test_issue_page_no_longer_lists_an_old_edition_that_binds_an_unpublished_article(
    client, magazine, django_capture_on_commit_callbacks
):
    issue, first = magazine["issue"], magazine["first"]
    issue = publish(issue, capture=django_capture_on_commit_callbacks, execute=False, focus_title="Neuer Schwerpunkt")
    pdf_render_revision(revision_id=issue.live_revision_id)
    assert _edition_url(issue, first) in client.get(issue.url).content.decode(), "listed as an earlier edition"

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=magazine["secret"].pk).specific.unpublish()

    listing = client.get(issue.url).content.decode()
    assert _edition_url(issue, first) not in listing
    assert client.get(_edition_url(issue, first)).status_code == 410
    _assert_binds(client.get(issue.url + "pdf/"), secret=False)


@pytest.mark.django_db
def test_article_moved_below_a_restricted_issue_leaves_the_public_issue_pdf(
    client, magazine, magazine_archive, django_capture_on_commit_callbacks
):
    issue, first = magazine["issue"], magazine["first"]
    members_only = MagazineIssuePageFactory(parent=magazine_archive, live=False)
    PageViewRestriction.objects.create(page=members_only, restriction_type=PageViewRestriction.LOGIN)

    # Restricted only by inheritance: the article itself has no restriction.
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=magazine["secret"].pk).move(members_only, pos="last-child")

    _assert_binds(client.get(issue.url + "pdf/"), secret=False)
    assert client.get(_edition_url(issue, first)).status_code == 410


@pytest.mark.django_db
def test_restricted_issue_keeps_its_articles_for_its_readers(client, magazine, django_capture_on_commit_callbacks):
    """A restriction inherited from the issue is the issue's own: the articles stay
    in its PDF, and its earlier editions stay available to those who may read it."""
    issue, first = magazine["issue"], magazine["first"]
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=issue, restriction_type=PageViewRestriction.LOGIN)
    issue = publish(issue, capture=django_capture_on_commit_callbacks, execute=False, focus_title="Für Mitglieder")
    pdf_render_revision(revision_id=issue.live_revision_id)

    assert client.get(issue.url + "pdf/").status_code == 302
    client.force_login(UserFactory())
    _assert_binds(client.get(issue.url + "pdf/"), secret=True)
    _assert_binds(client.get(_edition_url(issue, first)), secret=True)


@pytest.mark.django_db
def test_restricted_issue_page_lists_the_articles_its_pdf_binds(client, magazine, django_capture_on_commit_callbacks):
    # The web page listed only public articles, so a restricted issue showed none
    # to the very readers whose PDF of it held them all.
    issue = magazine["issue"]
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=issue, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(UserFactory())

    response = client.get(issue.url)

    assert response.status_code == 200
    listed = response.content.decode()
    assert OPEN_TITLE in listed and SECRET_TITLE in listed


@pytest.mark.django_db
def test_withdrawn_article_is_marked_in_the_issue_pdf(client, magazine, editor, django_capture_on_commit_callbacks):
    issue = magazine["issue"]
    with django_capture_on_commit_callbacks(execute=True):
        page_withdraw(page=magazine["secret"], user=editor, reason="Die Zahlen sind überholt.")

    text, _ = _pdf_text(client.get(issue.url + "pdf/"))

    assert SECRET_TEXT in text, "a withdrawn article stays readable"
    assert "Zurückgezogen am" in text and "Die Zahlen sind überholt." in text
    assert PublicationPDF.objects.filter(page_id=issue.pk, kind=PdfKind.PUBLICATION).count() == 2
