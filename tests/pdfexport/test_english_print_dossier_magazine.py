"""The English editions of a dossier and of a magazine issue and article print in English.

The editions are made as wagtail-localize makes them (``copy_for_translation``), so their content is
still German: every English word checked here comes from the print templates, the labels the models
build and the link descriptions of the tag repair. ``/Lang`` is en-GB and the validator passes; the
German PDFs keep their German labels."""

import io

import pikepdf
import pytest

from cms.factories import OrganisationFactory, PersonFactory
from cms.stream_data import paragraph
from dossiers.factories import DossierPageFactory
from dossiers.stream_data import version
from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory
from magazine.models import ArticleType
from tests.i18n.translations import translate, translate_with_ancestors
from tests.pdfexport.tagging_inspection import pdfua_failures, tag_facts
from tests.pdfexport.test_english_print import _pdf, _text
from tests.publishing import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    """Publishing without the PDF renders it queues: the tests render the print HTML themselves."""
    return lambda execute=True: django_capture_on_commit_callbacks(execute=False)


def _lang(content: bytes) -> str:
    with pikepdf.open(io.BytesIO(content)) as pdf:
        return str(pdf.Root.Lang)


def _title(content: bytes) -> str:
    with pikepdf.open(io.BytesIO(content)) as pdf:
        return str(pdf.docinfo["/Title"])


def _link_descriptions(content: bytes, prefix: str) -> list[str]:
    return [
        contents for _page, target, contents, _holder, _in_tree in tag_facts(content).links if target.startswith(prefix)
    ]


def _assert_all_in(text: str, expected: tuple[str, ...]) -> None:
    missing = [label for label in expected if label.lower() not in text]
    assert not missing, missing


def _assert_none_in(text: str, unexpected: tuple[str, ...]) -> None:
    found = [label for label in unexpected if label.lower() in text]
    assert not found, found


# --- dossier --------------------------------------------------------------------------------------


@pytest.fixture
def dossiers(dossier_index, capture):
    page = DossierPageFactory(
        parent=dossier_index,
        live=False,
        title="Kompetenzfeststellung ohne Zeugnis",
        edition="2.0",
        authors=[PersonFactory(first_name="Lena", last_name="Hoffmann")],
        commissioned_by=OrganisationFactory(name="Bundesministerium für Arbeit und Soziales"),
        version_history=[version("2025-04-15", "2.0", "Zweite Fassung")],
    )
    page.publishers.add(OrganisationFactory(name="IQ Fachstelle Anerkennung"))
    german = publish(page, capture=capture)
    return german, translate_with_ancestors(german, capture=capture)


#: The dossier's fixed German labels (none of them occurs in the factory's content).
DOSSIER_GERMAN = (
    "Themendossier ·",
    "Zusammenfassung",
    "Zu dieser Fassung",
    "Fassung 2.0, Stand: 31. März 2025.",
    "Versionshistorie",
    "Herausgeberin",
    "Herausgegeben von",
    "Autor*innen",
    "Im Auftrag von",
    "Zitiervorschlag",
    "Alle Rechte vorbehalten",
    "Seite 2 von",
)


def test_an_english_dossier_prints_in_english(dossiers):
    _, english_dossier = dossiers

    content = _pdf(english_dossier)

    text = _text(content)
    _assert_all_in(
        text,
        (
            "Thematic dossier · Kompetenzfeststellung ohne Zeugnis",  # running title
            "Funding programme “Integration through Qualification (IQ)”",
            "Contents",
            "Summary",
            "About this version",
            "Version 2.0, as of 31 March 2025.",
            "Version history",
            "References",
            "Imprint",
            "Publisher",
            "Published by IQ Fachstelle Anerkennung",
            "Authors",
            "Commissioned by",
            "As of: 31 March 2025, published: April 2025",
            "Suggested citation",
            "Thematic dossier by IQ Fachstelle Anerkennung und Qualifizierung, version 2.0.",
            "All rights reserved.",
            "Page 2 of",
        ),
    )
    _assert_none_in(text, (*DOSSIER_GERMAN, "Inhalt", "Literatur", "Impressum", "Stand:", "März"))
    assert _lang(content) == "en-GB"
    assert _title(content) == "Kompetenzfeststellung ohne Zeugnis (version 2.0)"
    chapter_links = _link_descriptions(content, "#kapitel-")
    assert chapter_links and all(contents.startswith("To chapter ") for contents in chapter_links), chapter_links
    assert pdfua_failures(content) == []


def test_a_german_dossier_still_prints_in_german(dossiers):
    german, _ = dossiers

    content = _pdf(german)

    text = _text(content)
    _assert_all_in(
        text,
        (
            *DOSSIER_GERMAN,
            "Inhalt",
            "Literatur",
            "Impressum",
            "Themendossier der IQ Fachstelle Anerkennung und Qualifizierung, Fassung 2.0.",
        ),
    )
    _assert_none_in(text, ("Suggested citation", "Thematic dossier", "Page 2 of", "Contents"))
    assert _lang(content) == "de"
    assert _title(content) == "Kompetenzfeststellung ohne Zeugnis (Fassung 2.0)"
    assert all(contents.startswith("Zu Kapitel ") for contents in _link_descriptions(content, "#kapitel-"))


# --- magazine -------------------------------------------------------------------------------------


@pytest.fixture
def magazines(magazine_archive, capture):
    """Issue 1/2024 with two articles, and its English edition of the same year and number."""
    editor = PersonFactory(first_name="Iris", last_name="Wagner", initials="iw")
    issue = MagazineIssuePageFactory(
        parent=magazine_archive, live=False, issue_number=1, year=2024, responsible_person=editor
    )
    issue.publishers.add(OrganisationFactory(name="IQ Fachstelle Einwanderung"))
    issue.editors.add(editor)
    issue.save()
    articles = []
    for title, article_type in [
        ("Vom Papierordner zum Online-Antrag", ArticleType.BACKGROUND),
        ("Anerkennung in Zahlen", ArticleType.FACTS),
    ]:
        article = MagazineArticlePageFactory(
            parent=issue, live=False, title=title, article_type=article_type, body=[paragraph("Anträge gehen online.")]
        )
        article.authors.add(editor)
        article.save()
        articles.append(publish(article, capture=capture))
    german_issue = publish(issue, capture=capture)
    english_issue = translate_with_ancestors(german_issue, capture=capture)
    english_articles = [translate(article, capture=capture) for article in articles]
    return {"de": (german_issue, articles), "en": (english_issue, english_articles)}


ISSUE_GERMAN = (
    "Fachmagazin des Förderprogramms",
    "Ausgabe 1 | 2024",
    "Schwerpunkt",
    "In dieser Ausgabe",
    "Impressum",
    "Herausgeber",
    "Verantwortlich i. S. d. P.",
    "Redaktion",
    "Auflage",
    "3.000 Exemplare",
    "2 Beiträge",
    "Hintergrund",
    "Seite 2 von",
)


def test_an_english_magazine_issue_prints_in_english(magazines):
    english_issue, _ = magazines["en"]
    assert (english_issue.year, english_issue.issue_number) == (2024, 1)

    content = _pdf(english_issue)

    text = _text(content)
    _assert_all_in(
        text,
        (
            "Specialist magazine of the funding programme “Integration through Qualification (IQ)”",
            "Issue 1 | 2024",
            "Focus",
            "Contents",
            "In this issue",
            "Editorial",
            "Service",
            "Imprint",
            "IQ konkret 1/2024 – specialist magazine of the funding programme",
            "Focus of this issue: Anerkennung digital",
            "Publisher",
            "Responsible for content",
            "Editorial team",
            "Print run 3,000 copies",
            "Month of publication",
            "2 articles",
            "Background",
            "Facts and figures",
            "Text: Iris Wagner (iw)",
            "Page 2 of",
        ),
    )
    _assert_none_in(text, (*ISSUE_GERMAN, "Inhalt"))
    assert _lang(content) == "en-GB"
    article_links = _link_descriptions(content, "#article-")
    assert article_links and all(contents.startswith("To the article: ") for contents in article_links)
    assert pdfua_failures(content) == []


def test_an_english_magazine_article_prints_in_english(magazines):
    _, (english_article, _) = magazines["en"]

    content = _pdf(english_article)

    text = _text(content)
    _assert_all_in(
        text,
        (
            "IQ konkret 1/2024 · Focus: Anerkennung digital",
            "Background",
            "Text: Iris Wagner (iw)",
            "From: IQ konkret 1/2024",
            "The whole issue as an accessible PDF:",
            "Publisher: IQ Fachstelle Einwanderung",
            "Responsible for content: Iris Wagner",
            "Page 1 of",
        ),
    )
    _assert_none_in(text, ("Schwerpunkt", "Hintergrund", "Aus:", "Das ganze Heft", "Herausgeber:", "Seite 1 von"))
    assert _lang(content) == "en-GB"
    assert pdfua_failures(content) == []


def test_a_german_magazine_issue_and_article_still_print_in_german(magazines):
    german_issue, (german_article, _) = magazines["de"]

    issue_text = _text(_pdf(german_issue))
    article_text = _text(_pdf(german_article))

    _assert_all_in(issue_text, (*ISSUE_GERMAN, "Inhalt", "IQ konkret 1/2024 – Fachmagazin"))
    _assert_none_in(issue_text, ("In this issue", "Imprint", "Page 2 of", "Specialist magazine"))
    _assert_all_in(
        article_text,
        ("IQ konkret 1/2024 · Schwerpunkt: Anerkennung digital", "Aus: IQ konkret 1/2024", "Das ganze Heft"),
    )
    _assert_none_in(article_text, ("Focus:", "From:", "The whole issue"))
