"""The printed IQ Good Practice sheet: an accessible A4 Infoblatt of two to four pages.
The board's judgements in print: test_board_selection.py."""

import pytest
from pypdf import PdfReader

from cms.stream_data import figure, interview, paragraph
from demo.images import graphics as demo_images
from pdfexport.models import PublicationPDF
from tests.pdf_inspection import flat_text, pdf_facts
from tests.publishing import publish

COVER_ALT = "Grafik: ein Wegweiser zeigt auf ein Gebäude mit offener Tür."
FIGURE_ALT = "Foto: Beraterin und Ratsuchender an einem Tisch im Jobcenter."


@pytest.fixture
def published_sheet(make_sheet, reference, django_capture_on_commit_callbacks):
    cover = demo_images.image_ensure(title="Titelmotiv Test", render=lambda: demo_images.cover_graphic(
        kicker="IQ Good Practice", accent=demo_images.IQ_TEAL))  # fmt: skip
    photo = demo_images.image_ensure(title="Beratung im Jobcenter", render=lambda: demo_images.bar_chart(
        title="Beratung", bars=[("Dienstag", 12), ("Donnerstag", 9)]))  # fmt: skip
    sheet = make_sheet(
        title="Anerkennungslotsen im Jobcenter",
        live=False,
        cover_image=cover,
        cover_alt=COVER_ALT,
        publishers=[reference.carrier],
        contact=reference.consenting,
        approach=[
            paragraph("Jeden Dienstag berät ein Lotse in den Räumen des Jobcenters."),
            figure(photo, alt=FIGURE_ALT, caption="Sprechstunde", credit="Foto: Demo"),
        ],
        interview=[
            interview(
                interviewer="mb",
                interviewees="Jonas Weber, Projektleitung",
                pairs=[("Warum gerade im Jobcenter?", "Weil alle dort sind.", "Jonas Weber")],
            )
        ],
    )
    # Published as the final approval would; the board's part is in test_board_selection.py.
    publish(sheet, capture=django_capture_on_commit_callbacks)
    return sheet


@pytest.mark.django_db
def test_pdf_is_a_tagged_german_infoblatt_of_two_to_four_pages(client, published_sheet):
    response = client.get(published_sheet.url + "pdf/")
    assert response.status_code == 200
    assert 'filename="IQ-Good-Practice-Anerkennungslotsen-im-Jobcenter.pdf"' in response["Content-Disposition"]
    content = b"".join(response.streaming_content)
    assert PublicationPDF.objects.get(revision=published_sheet.live_revision).sha256

    facts = pdf_facts(content)
    assert 2 <= facts.page_count <= 4
    assert facts.struct_tree and facts.marked and facts.pdfua_part == "1"
    assert facts.lang.startswith("de")
    assert facts.title == "Anerkennungslotsen im Jobcenter"
    assert facts.figures_without_alt == 0
    assert sorted(facts.figure_alts) == sorted([COVER_ALT, FIGURE_ALT]), "cover and figure, each with its alt"
    for heading in ("Anerkennungslotsen im Jobcenter", "Ausgangslage", "Umsetzung", "Ergebnisse", "Transfer",
                    "Auswahlkriterien", "Interview", "Kontakt", "Hintergrund"):  # fmt: skip
        assert heading in facts.bookmarks, heading
    assert {"IQ-Sans", "IQ-Sans-Bold"} <= facts.fonts


@pytest.mark.django_db
def test_pdf_carries_the_facts_criteria_interview_and_contact(published_sheet):
    pdf = PublicationPDF.objects.get(revision=published_sheet.live_revision)
    with pdf.file.open("rb") as stored:
        pages = [flat_text(page.extract_text()) for page in PdfReader(stored).pages]
    text = " ".join(pages)

    assert pages[0].startswith("IQ GOOD PRACTICE"), pages[0][:60]
    for label in ("Träger", "Netzwerk", "Bundesland", "Handlungsschwerpunkt", "Zielgruppen", "Produkttyp"):
        assert label.upper() in pages[0], label
    assert "Integrationsforum Rhein-Main e.V." in pages[0] and "HSP 1: Beratung" in pages[0]
    # The nomination is the editors'; without a board decision the sheet claims no selection.
    assert (
        "Vorgeschlagen von IQ Netzwerk Hessen am 15. Januar 2024 für die Kriterien transferfähig, innovativ, "
        "nachhaltig und effizient." in text
    )
    assert "Ausgewählt am" not in text and "Seine Entscheidung zu dieser Fassung steht noch aus." in text
    assert "Warum gerade im Jobcenter?" in text and "Jonas Weber: Weil alle dort sind." in text
    assert "jonas.weber@example.org" in text and "069 1234567" in text

    last = pages[-1]
    assert "Herausgeber: Integrationsforum Rhein-Main e.V." in last
    assert "Europäischen Sozialfonds Plus (ESF Plus) gefördert" in last
