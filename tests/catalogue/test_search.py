"""German full-text search in the catalogue: stemming, umlauts, and the text
of every part of a publication, through Wagtail's search backend."""

import pytest
from bs4 import BeautifulSoup

from cms.search import german
from cms.stream_data import interview, paragraph
from dossiers.factories import DossierPageFactory
from dossiers.stream_data import footnote, reference
from factsheets.factories import ChartBlockFactory, FactSheetPageFactory, key_figure
from goodpractice.factories import GoodPracticePageFactory
from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory

pytestmark = pytest.mark.django_db


def neutral_sheet(parent, **fields):
    """A fact sheet whose only words are the ones a test gives it."""
    return FactSheetPageFactory(
        parent=parent, teaser="Kurz erklärt.", key_figures=[key_figure("1", "Stück", "Zahl")], **fields
    )


def titles_found(client, catalogue, q, **params):
    response = client.get(catalogue.url, {"q": q, **params})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(" ", strip=True) for title in soup.select(".result__title")]


def test_folding_writes_umlauts_as_their_two_letter_spelling():
    assert german.fold("Prüfung für Ärztinnen, Größe, Straße") == "pruefung fuer aerztinnen, groesse, strasse"


@pytest.mark.parametrize(
    ("typed", "indexed"),
    [("Beratungen", "Beratung"), ("Qualifizierungen", "Qualifizierung"), ("Arbeitsmarktes", "Arbeitsmarkt")],
)
def test_inflected_forms_share_a_stem(typed, indexed):
    assert german.query_stems(typed) == german.query_stems(indexed)


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("Beratungen", "Beratung für Geflüchtete"),
        ("Qualifizierungen", "Qualifizierung in der Pflege"),
        ("Prüfung", "Pruefung der Unterlagen"),
        ("Pruefung", "Pruefung der Unterlagen"),
        ("Anerkennungsstelle", "Die Anerkennungsstelle prüft"),
        ("anerkennungsstelle prüft", "Die Anerkennungsstelle prüft"),
    ],
)
def test_search_finds_inflected_and_umlaut_spellings(client, catalogue, fact_sheet_index, listed, q, expected):
    listed(
        neutral_sheet(fact_sheet_index, title="Beratung für Geflüchtete"),
        neutral_sheet(fact_sheet_index, title="Qualifizierung in der Pflege"),
        neutral_sheet(fact_sheet_index, title="Pruefung der Unterlagen"),
        neutral_sheet(fact_sheet_index, title="Die Anerkennungsstelle prüft"),
    )
    assert titles_found(client, catalogue, q) == [expected]


def test_every_part_of_a_publication_is_searchable(
    client, catalogue, fact_sheet_index, dossier_index, magazine_archive, good_practice_index, listed
):
    sheet = FactSheetPageFactory(
        parent=fact_sheet_index,
        title="Kennzahlen",
        teaser="Kurz erklärt.",
        key_figures=[key_figure("61400", "Beratungen", "Ratsuchende mit Hochschulabschluss")],
        body=[{"type": "chart", "value": ChartBlockFactory.build(caption="Verteilung nach Zielstaaten")}],
    )
    dossier = DossierPageFactory(
        parent=dossier_index,
        title="Dossier",
        footnotes=[
            footnote("einleitung", "<p>Sonderauswertung Kammerstatistik</p>"),
            footnote("monitoring", "<p>IQ Monitoring</p>"),
        ],
        references=[reference(authors="Müller", year="2023", title="Teilanerkennung im Handwerk")],
    )
    issue = MagazineIssuePageFactory(parent=magazine_archive, title="Heft")
    MagazineArticlePageFactory(
        parent=issue,
        body=[interview(interviewees="Frau A.", pairs=[("Wie lange?", "Das Verfahren dauerte elf Wochen.")])],
    )
    sheet_gp = GoodPracticePageFactory(
        parent=good_practice_index,
        title="Blatt",
        transfer=[{"type": "paragraph", "value": "<p>Übertragbar auf Handelskammern.</p>"}],
    )
    listed(sheet, dossier, issue, sheet_gp)

    assert titles_found(client, catalogue, "Hochschulabschluss") == ["Kennzahlen"]  # key-figure label
    assert titles_found(client, catalogue, "Zielstaaten") == ["Kennzahlen"]  # chart caption
    assert titles_found(client, catalogue, "Kammerstatistik") == ["Dossier"]  # footnote
    assert titles_found(client, catalogue, "Teilanerkennung") == ["Dossier"]  # reference
    assert titles_found(client, catalogue, "Wochen") == ["Heft"]  # interview answer in an article
    assert titles_found(client, catalogue, "Handelskammer") == ["Blatt"]


def test_results_are_ranked_title_matches_first(client, catalogue, fact_sheet_index, listed):
    listed(
        neutral_sheet(fact_sheet_index, title="Allgemeines", subtitle="Auch Mentoring kommt vor"),
        neutral_sheet(fact_sheet_index, title="Mentoring in Hessen"),
    )
    assert titles_found(client, catalogue, "Mentoring") == ["Mentoring in Hessen", "Allgemeines"]


def test_matches_are_highlighted_in_title_and_snippet(client, catalogue, fact_sheet_index, listed):
    listed(
        neutral_sheet(
            fact_sheet_index,
            title="Beratung im Überblick",
            body=[paragraph("Im Jahr 2023 fanden die meisten Beratungen online statt.")],
        )
    )
    soup = BeautifulSoup(client.get(catalogue.url, {"q": "beratungen"}).content, "html.parser")
    assert [mark.get_text() for mark in soup.select(".result__title mark")] == ["Beratung"]
    snippet = soup.select_one(".result__snippet")
    assert "Beratungen" in [mark.get_text() for mark in snippet.select("mark")]


def test_search_combines_with_facets(client, catalogue, fact_sheet_index, dossier_index, listed):
    listed(
        neutral_sheet(fact_sheet_index, title="Anerkennung in Zahlen"),
        DossierPageFactory(parent=dossier_index, title="Anerkennung im Detail"),
    )
    assert titles_found(client, catalogue, "Anerkennung", typ="themendossiers") == ["Anerkennung im Detail"]


def test_a_markup_query_is_text_and_escaped(client, catalogue, fact_sheet_index, listed):
    listed(neutral_sheet(fact_sheet_index, title="Beratung"))
    response = client.get(catalogue.url, {"q": "<script>alert(1)</script> Beratung"})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
