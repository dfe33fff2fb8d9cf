"""An IQ konkret issue with articles of several sections, for the magazine tests."""

import pytest
import wagtail_factories

from cms.factories import OrganisationFactory, PersonFactory
from magazine.factories import MagazineArchivePageFactory, MagazineArticlePageFactory, MagazineIssuePageFactory
from magazine.models import ArticleType
from pdfexport.services import pdf_render_revision
from workflows.publish_guard import publishing_authorised


def publish(page, *, capture, execute: bool = True, **changes):
    """Save a revision with ``changes`` and publish it; with ``execute`` the
    renders queued on commit run, as the worker would run them."""
    for field, value in changes.items():
        setattr(page, field, value)
    with capture(execute=execute), publishing_authorised():
        page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def magazine_archive(home_page):
    return MagazineArchivePageFactory(parent=home_page)


@pytest.fixture
def people(db):
    return {
        "editor": PersonFactory(first_name="Iris", last_name="Wagner", initials="iw"),
        "author": PersonFactory(first_name="Jan", last_name="Krüger", initials="jk"),
        "contact": PersonFactory(first_name="Henrik", last_name="Jansen", initials="hj", email="hj@example.org"),
        "private": PersonFactory(
            first_name="Petra", last_name="Lange", email="petra.lange@example.org", consent_published=False
        ),
    }


@pytest.fixture
def photo(db):
    return wagtail_factories.ImageFactory(title="Videoberatung am Laptop")


def _article_bodies(*, photo, people, organisation) -> dict[str, list]:
    figure = {
        "type": "figure",
        "value": {
            "image": photo.pk,
            "alt": "Ein Laptop zeigt eine Videoberatung.",
            "caption": "Beratung per Video.",
            "credit": "Foto: Anna Muster",
        },
    }
    paragraphs = [
        {"type": "paragraph", "value": f"<p>Absatz {n}: Die Anerkennung ausländischer Berufsabschlüsse wird "
         "digital. Anträge lassen sich online stellen, Unterlagen hochladen und Beratungsgespräche per Video "
         "führen. Das spart Wege, ersetzt aber nicht die sorgfältige Prüfung im Einzelfall.</p>"}
        for n in range(1, 9)
    ]  # fmt: skip
    return {
        "background": [
            {"type": "heading", "value": {"text": "Ein Antrag, viele Stellen", "level": "h2"}},
            *paragraphs,
            figure,
            {"type": "quote", "value": {"quote": "Das Portal erklärt, was fehlt.", "attribution": "Beraterin"}},
            {
                "type": "info_box",
                "value": {
                    "title": "Fünf Schritte zur Gleichwertigkeitsprüfung",
                    "body": "<ol><li>Referenzberuf klären</li><li>Stelle finden</li><li>Unterlagen</li>"
                    "<li>Antrag</li><li>Bescheid</li></ol>",
                },
            },
            *paragraphs,
        ],
        "interview": [
            {
                "type": "interview",
                "value": {
                    "interviewer": "jk",
                    "interviewees": "Selin Arslan, Beraterin im IQ RIN Leipzig",
                    "pairs": [
                        {
                            "question": "Wie viele Beratungen finden per Video statt?",
                            "answer": "<p>Ein Drittel.</p>",
                            "speaker": "",
                        },
                        {
                            "question": "Was ändert sich?",
                            "answer": "<p>Die Beziehung bleibt wichtig.</p>",
                            "speaker": "",
                        },
                    ],
                },
            },
            *paragraphs[:4],
        ],  # fmt: skip
        "portrait": [
            *paragraphs[:3],
            {
                "type": "project_portrait",
                "value": {
                    "project_name": "Videoberatung Westküste",
                    "organisation": organisation.pk,
                    "network": None,
                    "action_area": None,
                    "text": "<p>Beratung per Video in sechs Gemeinden.</p>",
                    "contact": people["private"].pk,
                },
            },
        ],
        "facts": [
            {
                "type": "fact_box",
                "value": {"title": "Daten und Fakten", "facts": ["58 % online", "75.000 Anträge"], "source": "Demo"},
            },
        ],
    }


@pytest.fixture
def issue(magazine_archive, people, photo):
    """Issue 1/2024 with four draft articles in tree order; nothing published yet."""
    organisation = OrganisationFactory(name="Bildungswerk Küste gGmbH", email="info@kueste.example.org")
    issue = MagazineIssuePageFactory(
        parent=magazine_archive,
        live=False,
        issue_number=1,
        year=2024,
        cover_image=wagtail_factories.ImageFactory(title="Titelbild"),
        cover_alt="Hände halten ein Tablet mit abgehakten Verfahrensschritten.",
        editorial_author=people["editor"],
        responsible_person=people["editor"],
        layout_credit="Studio Satzspiegel, Köln",
        printer="Druckhaus Rhein-Erft, Hürth",
        photo_credits=[
            {"type": "credit", "value": {"credit": "Titel: Foto Demo", "pages": "1"}},
            {"type": "credit", "value": {"credit": "Foto: Anna Muster", "pages": ""}},
        ],
    )
    issue.publishers.add(organisation)
    issue.editors.add(people["editor"], people["author"])
    issue.save()
    bodies = _article_bodies(photo=photo, people=people, organisation=organisation)
    specs = [
        ("Vom Papierordner zum Online-Antrag", ArticleType.BACKGROUND, "background", people["editor"]),
        ("Beratung bleibt Beziehungsarbeit", ArticleType.INTERVIEW, "interview", people["author"]),
        ("Videoberatung im ländlichen Raum", ArticleType.PROJECT_PORTRAIT, "portrait", people["author"]),
        ("Anerkennung in Zahlen", ArticleType.FACTS, "facts", people["editor"]),
    ]
    for title, article_type, body, author in specs:
        article = MagazineArticlePageFactory(
            parent=issue, live=False, title=title, article_type=article_type, body=bodies[body]
        )
        article.authors.add(author)
        article.save()
    return issue


@pytest.fixture
def live_issue(issue, django_capture_on_commit_callbacks, legal_pages):
    """The issue and its articles published, no PDF rendered yet."""
    for article in issue.get_children().specific():
        publish(article, capture=django_capture_on_commit_callbacks, execute=False)
    return publish(issue, capture=django_capture_on_commit_callbacks, execute=False)


@pytest.fixture
def published_issue(live_issue):
    """The live issue with its PDF, rendered once straight from the live revision
    as the worker would (the queue itself is exercised by the republishing test)."""
    pdf_render_revision(revision_id=live_issue.live_revision_id)
    return live_issue
