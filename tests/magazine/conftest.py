"""An IQ konkret issue with articles of several sections, for the magazine tests."""

import pytest
import wagtail_factories

from cms.factories import OrganisationFactory, PersonFactory
from cms.stream_data import fact_box, figure, heading, info_box, interview, paragraph, quote
from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory, photo_credit, project_portrait
from magazine.models import ArticleType
from pdfexport.revision_render import pdf_render_revision
from tests.publishing import publish


@pytest.fixture
def authors_and_contacts(db):
    return {
        "editor": PersonFactory(first_name="Iris", last_name="Wagner", initials="iw"),
        "author": PersonFactory(first_name="Jan", last_name="Krüger", initials="jk"),
        "contact": PersonFactory(first_name="Henrik", last_name="Jansen", initials="hj", email="hj@example.org"),
        "private": PersonFactory(
            first_name="Petra", last_name="Lange", email="petra.lange@example.org", consent_published=False
        ),
    }


def _article_bodies(*, photo, people, organisation) -> dict[str, list]:
    paragraphs = [
        paragraph(
            f"Absatz {n}: Die Anerkennung ausländischer Berufsabschlüsse wird digital. Anträge lassen sich online "
            "stellen, Unterlagen hochladen und Beratungsgespräche per Video führen. Das spart Wege, ersetzt aber "
            "nicht die sorgfältige Prüfung im Einzelfall."
        )
        for n in range(1, 9)
    ]
    steps = "".join(
        f"<li>{step}</li>" for step in ("Referenzberuf klären", "Stelle finden", "Unterlagen", "Antrag", "Bescheid")
    )
    return {
        "background": [
            heading("Ein Antrag, viele Stellen"),
            *paragraphs,
            figure(
                photo,
                alt="Ein Laptop zeigt eine Videoberatung.",
                caption="Beratung per Video.",
                credit="Foto: Anna Muster",
            ),
            quote("Das Portal erklärt, was fehlt.", "Beraterin"),
            info_box("Fünf Schritte zur Gleichwertigkeitsprüfung", f"<ol>{steps}</ol>"),
            *paragraphs,
        ],
        "interview": [
            interview(
                interviewer="jk",
                interviewees="Selin Arslan, Beraterin im IQ RIN Leipzig",
                pairs=[
                    ("Wie viele Beratungen finden per Video statt?", "Ein Drittel."),
                    ("Was ändert sich?", "Die Beziehung bleibt wichtig."),
                ],
            ),
            *paragraphs[:4],
        ],
        "portrait": [
            *paragraphs[:3],
            project_portrait(
                name="Videoberatung Westküste",
                organisation=organisation,
                text="Beratung per Video in sechs Gemeinden.",
                contact=people["private"],
            ),
        ],
        "facts": [fact_box("Daten und Fakten", ["58 % online", "75.000 Anträge"], source="Demo")],
    }


@pytest.fixture
def issue(magazine_archive, authors_and_contacts, photo):
    """Issue 1/2024 with four draft articles in tree order; nothing published yet."""
    people = authors_and_contacts
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
        photo_credits=[photo_credit("Titel: Foto Demo", pages="1"), photo_credit("Foto: Anna Muster")],
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
