"""The dossier PDF: real page footnotes on the page of their call, a table of
contents whose page numbers are the real ones, one bookmark per chapter, and
the accessibility basics (tagged PDF/UA-1, language, title, alt texts)."""

import datetime
import io
import re

import pytest
import wagtail_factories
from pypdf import PdfReader

from cms.stream_data import figure, rich_text
from dossiers.factories import DossierPageFactory
from dossiers.stream_data import chapter, footnote, section
from tests.pdf_inspection import pdf_facts
from tests.publishing import publish

CHAPTERS = ("Einleitung", "Rechtlicher Rahmen", "Verfahren im Vergleich", "Empfehlungen")
SECTIONS = ("Ausgangslage", "Befunde", "Folgerungen")
SENTENCE = (
    "Die Beratung klärt mit den Ratsuchenden, welche Wege zur Feststellung ihrer beruflichen Kompetenzen "
    "offenstehen und welche Unterlagen dafür gebraucht werden. "
)


def _long_dossier_content() -> tuple[list[dict], list[dict]]:
    """Chapters that run over several pages, with a footnote call after each
    token "Qnn" and the note text "Notiztext Nnn": both are easy to find in the
    extracted text of a page, and unhyphenatable."""
    chapters, notes, number = [], [], 0
    for chapter_index, title in enumerate(CHAPTERS):
        body = []
        if chapter_index == 0:
            image = wagtail_factories.ImageFactory(title="Grafik Verfahren")
            body.append(
                figure(
                    image,
                    alt="Balkendiagramm: drei Verfahren der Kompetenzfeststellung im Vergleich.",
                    caption="Verfahren im Vergleich.",
                    credit="Grafik: IQ",
                )
            )
        for section_title in SECTIONS:
            body.append(section(section_title))
            for _ in range(3):
                number += 1
                before, after = SENTENCE * (number % 4 + 1), SENTENCE * (number % 3)
                body.append(rich_text(f"<p>{before}Beleg Q{number:02d}.[fn:n{number:02d}] {after}</p>"))
                long_note = " Mit ausführlicher Erläuterung der Quelle und ihrer Grenzen." * (
                    3 if number % 5 == 0 else 0
                )
                notes.append(footnote(f"n{number:02d}", f"<p>Notiztext N{number:02d}, S. {number}.{long_note}</p>"))
        chapters.append(chapter(title, *body))
    return chapters, notes


@pytest.fixture
def long_dossier_pdf(client, dossier_index, fachstelle, authors, django_capture_on_commit_callbacks):
    chapters, notes = _long_dossier_content()
    page = DossierPageFactory(
        parent=dossier_index,
        live=False,
        title="Kompetenzfeststellung ohne Zeugnis",
        subtitle="Ansätze für Menschen ohne formalen Abschluss",
        slug="kompetenzfeststellung",
        fachstelle=fachstelle,
        authors=authors,
        chapters=chapters,
        footnotes=notes,
    )
    publish(page, capture=django_capture_on_commit_callbacks)
    response = client.get(page.url + "pdf/")
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    pages = [pdf_page.extract_text() for pdf_page in PdfReader(io.BytesIO(content)).pages]
    return page, content, pages, len(notes)


def _pages_with(pattern: str, pages: list[str]) -> list[tuple[int, re.Match]]:
    return [(number, match) for number, text in enumerate(pages, start=1) for match in re.finditer(pattern, text, re.M)]


@pytest.mark.django_db
def test_every_footnote_is_at_the_foot_of_the_page_of_its_call_numbered_through(long_dossier_pdf):
    _, _, pages, note_count = long_dossier_pdf
    assert note_count >= 30
    notes_per_page = []
    for number in range(1, note_count + 1):
        calls = _pages_with(rf"Q{number:02d}\.(\d+)", pages)
        notes = _pages_with(rf"^(\d+) Notiztext N{number:02d},", pages)
        assert len(calls) == 1 and len(notes) == 1, f"footnote {number}: calls {calls}, notes {notes}"
        (call_page, call), (note_page, note) = calls[0], notes[0]
        assert int(call.group(1)) == int(note.group(1)) == number, "numbered continuously in reading order"
        assert call_page == note_page, f"footnote {number}: call on page {call_page}, note on page {note_page}"
        notes_per_page.append(note_page)
    # The test means something only if chapters run over pages and pages carry several notes.
    assert len(pages) >= len(CHAPTERS) + 6
    assert max(notes_per_page.count(page) for page in set(notes_per_page)) >= 3
    assert "[fn:" not in "".join(pages)


@pytest.mark.django_db
def test_table_of_contents_page_numbers_are_the_chapter_start_pages(long_dossier_pdf):
    _, _, pages, _ = long_dossier_pdf
    toc = {
        f"{match.group(1)} {match.group(2)}": int(match.group(3))
        for match in re.finditer(r"^(\d+) (.+?) ?\.{3,}\s*(\d+)$", pages[1], re.M)
    }
    expected = [f"{number} {title}" for number, title in enumerate(CHAPTERS, start=1)]
    assert list(toc) == expected
    for heading, toc_page in toc.items():
        start = next(
            number for number, text in enumerate(pages, start=1) if number > 2 and heading in text.splitlines()
        )
        assert toc_page == start, f"{heading}: TOC says {toc_page}, starts on {start}"
        assert pages[start - 1].splitlines()[0] == heading, "each chapter opens a new page"
    sections = re.findall(r"^(\d+\.\d+) (\S+)", pages[1], re.M)
    assert sections[:3] == [("1.1", "Ausgangslage"), ("1.2", "Befunde"), ("1.3", "Folgerungen")]


@pytest.mark.django_db
def test_dossier_pdf_is_accessible_with_a_bookmark_per_chapter(long_dossier_pdf):
    page, content, pages, _ = long_dossier_pdf
    facts = pdf_facts(content)
    assert facts.struct_tree and facts.marked
    assert facts.pdfua_part == "1"
    assert facts.lang.startswith("de")
    assert facts.title == f"{page.title} (Fassung 1.0)" == "Kompetenzfeststellung ohne Zeugnis (Fassung 1.0)"
    assert facts.display_doc_title
    assert facts.figures_without_alt == 0
    for number, title in enumerate(CHAPTERS, start=1):
        assert f"{number} {title}" in facts.bookmarks
    assert {"Inhalt", "Zusammenfassung", "Literatur", "Impressum", "1.1 Ausgangslage"} <= set(facts.bookmarks)

    cover = pages[0]
    for text in (
        "IQ Fachstelle Anerkennung und Qualifizierung",
        "Kompetenzfeststellung ohne Zeugnis",
        "Ansätze für Menschen ohne formalen Abschluss",
        "Lena Hoffmann, Murat Yıldız",
        "März 2025",
    ):
        assert text in cover, text
    assert re.search(r"Fassung\s+1\.0", cover, re.IGNORECASE)
    assert "Seite" not in cover, "no page footer on the title page"
    assert "Impressum" in pages[-1] and "Europäischen Sozialfonds Plus" in pages[-1]
    assert "Weber" not in pages[-1] and "Literatur" in pages[-2]


@pytest.mark.django_db
def test_a_new_edition_names_the_one_it_replaces_and_the_old_pdf_points_to_it(
    client, dossier_index, fachstelle, authors, django_capture_on_commit_callbacks
):
    first = DossierPageFactory(
        parent=dossier_index, live=False, slug="leitfaden-1-0", title="Leitfaden", edition="1.0",
        publication_date=datetime.date(2023, 6, 15), fachstelle=fachstelle, authors=authors,
    )  # fmt: skip
    publish(first, capture=django_capture_on_commit_callbacks)
    second = DossierPageFactory(
        parent=dossier_index, live=False, slug="leitfaden", title="Leitfaden", edition="2.0",
        publication_date=datetime.date(2025, 9, 15), supersedes=first, fachstelle=fachstelle, authors=authors,
    )  # fmt: skip
    publish(second, capture=django_capture_on_commit_callbacks)

    second_pdf = pdf_facts(b"".join(client.get(second.url + "pdf/").streaming_content))
    assert "ersetzt Fassung 1.0 vom 15.06.2023" in second_pdf.text
    # Publishing 2.0 re-rendered the PDF of 1.0, which now says it is replaced.
    first_pdf = pdf_facts(b"".join(client.get(first.url + "pdf/").streaming_content))
    assert "ersetzt durch Fassung 2.0 vom 15.09.2025" in first_pdf.text
    assert "Nicht mehr aktuell" in client.get(first.url).content.decode()
    response = client.get(second.url + "pdf/")
    assert 'filename="Themendossier-Leitfaden-Fassung-2-0.pdf"' in response["Content-Disposition"]
    # The home page lists new publications: the replaced edition is not news any more.
    home = client.get("/").content.decode()
    assert second.url in home and first.url not in home
