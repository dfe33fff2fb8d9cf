"""Charts from the editor's table to the web page and the PDF: the admin refuses
a table it cannot draw and names the cell; readers get the same SVG on the web
(with the data as a table) and in the tagged PDF (with labels as real text)."""

import io
import json

from django.urls import reverse

from wagtail.models import Revision
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
from pypdf import PdfReader

from cms.charts.blocks import ChartBlock
from cms.stream_data import chart_table
from demo.factsheets.sheets import DEMO_SHEETS
from factsheets.factories import ChartBlockFactory, FactSheetPageFactory
from factsheets.models import FactSheetPage
from pdfexport.models import PublicationPDF
from tests.pdf_inspection import pdf_facts
from tests.publishing import publish
from tests.workflows.form_state import page_form_data
from workflows.publish_guard import publishing_authorised

BERUFE = (
    ("Berufsgruppe", "Beratungen"),
    ("Pflege und Gesundheit", "14.800"),
    ("Ingenieurwesen", "9.200"),
    ("Lehramt und Erziehung", "6.100,5"),
    ("Informatik", "4.300"),
)
CAPTION = "Beratungen nach Berufsgruppen 2023"
ALT = "Pflege und Gesundheit liegt mit 14.800 Beratungen deutlich vor Ingenieurwesen mit 9.200."


def _chart(rows=BERUFE, **changes) -> tuple[str, dict]:
    value = {
        "chart_type": "bar",
        "data": json.dumps(chart_table(header=rows[0], rows=rows[1:])),
        "unit": "",
        "caption": CAPTION,
        "text_alternative": ALT,
        "source": "IQ Monitoring",
        "as_of": "2023-12-31",
    }
    return ("chart", {**value, **changes})


def _form(*charts, title="IQ Beratung 2023 in Zahlen", **extra) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": "iq-beratung-2023",
            "teaser": "Beratungen, Frauenanteil und Referenzberufe auf einen Blick.",
            "publication_date": "2024-03-01",
            "data_as_of": "2023-12-31",
            "language": "de",
            "key_figures": streamfield(
                [
                    (
                        "key_figure",
                        {
                            "value": "61400",
                            "unit": "Beratungen",
                            "label": "Beratungen 2023",
                            "source": "IQ Monitoring",
                            "as_of": "2023-12-31",
                        },
                    )
                ]
            ),
            "body": streamfield(
                [
                    ("heading", {"text": "Die häufigsten Referenzberufe", "level": "h2"}),
                    ("paragraph", rich_text("<p>Am häufigsten ließen sich Pflegefachkräfte beraten.</p>")),
                    *charts,
                ]
            ),
            "methodology_note": rich_text(""),
            "sources": rich_text("<p>IQ Monitoring, Auswertung 2023.</p>"),
            **extra,
        }
    )


def _add_url(index) -> str:
    return reverse("wagtailadmin_pages:add", args=("factsheets", "factsheetpage", index.pk))


def _chart_errors(response) -> dict:
    """The errors the admin shows against the first chart block of the body."""
    assert response.status_code == 200, "the form comes back instead of redirecting"
    [stream_error] = response.context["form"].errors["body"].as_data()
    block_errors = stream_error.as_json_data()["blockErrors"]
    chart_index = max(block_errors)  # the charts follow the heading and paragraph
    return {name: error["messages"] for name, error in block_errors[chart_index]["blockErrors"].items()}


@pytest.mark.django_db
def test_a_cell_that_is_not_a_number_is_named_and_nothing_is_saved(client, editor, fact_sheet_index):
    bad = (*BERUFE[:4], ("Informatik", "4.3OO"))
    client.force_login(editor)

    response = client.post(_add_url(fact_sheet_index), _form(_chart(rows=bad)))

    errors = _chart_errors(response)
    assert errors["data"] == [
        "Zelle B5 („Informatik“, „Beratungen“): „4.3OO“ ist keine Zahl. Bitte so schreiben: 4300, 4.300 oder "
        "4.300,5 (Punkt für Tausender, Komma vor den Nachkommastellen)."
    ]
    assert "Zelle B5" in response.content.decode(), "the editor sees the message on the page"
    assert not FactSheetPage.objects.exists()
    assert not Revision.page_revisions.exists()


@pytest.mark.django_db
def test_a_bad_cell_in_an_edit_keeps_the_saved_draft(client, editor, fact_sheet_index):
    client.force_login(editor)
    assert client.post(_add_url(fact_sheet_index), _form(_chart())).status_code == 302
    page = FactSheetPage.objects.get()
    revisions = page.revisions.count()
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    editor_page = client.get(edit_url)
    assert editor_page.status_code == 200 and "Datentabelle" in editor_page.content.decode()

    response = client.post(
        edit_url,
        _form(_chart(rows=(*BERUFE[:2], ("Ingenieurwesen", "1.5"))), title="Geänderter Titel"),
    )

    assert "„1.5“ ist keine Zahl" in _chart_errors(response)["data"][0]
    assert page.revisions.count() == revisions
    assert page.get_latest_revision_as_object().title == "IQ Beratung 2023 in Zahlen"


@pytest.mark.django_db
def test_a_pie_of_two_series_and_a_caption_as_alt_text_are_refused(client, editor, fact_sheet_index):
    two_series = (("Form", "2023", "2024"), ("Individuell", "2.000", "2.100"), ("Kurs", "200", "230"))
    client.force_login(editor)

    response = client.post(
        _add_url(fact_sheet_index), _form(_chart(rows=two_series, chart_type="pie", text_alternative=CAPTION))
    )

    errors = _chart_errors(response)
    assert "genau eine Datenreihe" in errors["chart_type"][0]
    assert "nicht den Titel wiederholen" in errors["text_alternative"][0]
    assert not FactSheetPage.objects.exists()


@pytest.mark.django_db
def test_a_draft_may_hold_an_unfinished_table_but_it_cannot_be_submitted(client, editor, fact_sheet_index):
    unfinished = (*BERUFE[:2], ("Ingenieurwesen", ""))
    client.force_login(editor)
    assert client.post(_add_url(fact_sheet_index), _form(_chart(rows=unfinished))).status_code == 302
    page = FactSheetPage.objects.get()

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        {**_form(_chart(rows=unfinished)), "action-submit": "action-submit"},
    )
    assert "Zelle B3 („Ingenieurwesen“, „Beratungen“) ist leer" in _chart_errors(response)["data"][0]
    page.refresh_from_db()
    assert not page.live


@pytest.mark.django_db
def test_the_web_page_shows_the_chart_inline_with_its_data_table(client, editor, fact_sheet_index, legal_pages):
    client.force_login(editor)
    response = client.post(_add_url(fact_sheet_index), _form(_chart()))
    assert response.status_code == 302
    client.logout()
    # The last stage of the fact-sheet workflow publishes (tests/workflows/test_fact_sheet_journey.py).
    with publishing_authorised():
        FactSheetPage.objects.get().get_latest_revision().publish()

    html = client.get("/fact-sheets/iq-beratung-2023/").content.decode()

    assert '<link rel="stylesheet" href="/static/css/charts.css">' in html
    svg_start = html.index("<svg ")
    svg = html[svg_start : html.index("</svg>", svg_start)]
    assert 'role="img"' in svg and 'aria-labelledby="chart-' in svg
    assert f'-title">{CAPTION}: {ALT}</title>' in svg
    assert f'-desc">{ALT}</desc>' in svg
    assert ">Pflege und Gesundheit</text>" in svg and ">6.100,5</text>" in svg
    assert ">14.800,0</text>" in svg, "one decimal written, every label keeps one"
    assert "<img" not in svg
    assert "Quelle: IQ Monitoring, Stand: 31.12.2023" in html

    table = html[html.index('<details class="chart__data">') : html.index("</details>", svg_start)]
    assert "<summary>Daten als Tabelle</summary>" in table
    assert f"<caption>{CAPTION}</caption>" in table
    assert '<th scope="col">Berufsgruppe</th>' in table
    assert '<th scope="col" class="data-table__number">Beratungen</th>' in table
    assert '<th scope="row">Lehramt und Erziehung</th>' in table
    assert '<td class="data-table__number">6.100,5</td>' in table


@pytest.mark.django_db
def test_an_unfinished_chart_renders_a_hint_instead_of_a_broken_graphic(fact_sheet_index):
    unfinished = chart_table(header=BERUFE[0], rows=(BERUFE[1], ("Ingenieurwesen", "")))
    page = FactSheetPageFactory(parent=fact_sheet_index, body=[("chart", ChartBlockFactory(data=unfinished))])
    html = page.body[0].render(context={"is_print": False})
    assert "Das Diagramm ist noch unvollständig" in html and "<svg" not in html


def test_in_print_the_chart_keeps_caption_source_and_stand_but_not_the_web_table():
    value = ChartBlockFactory()
    printed = ChartBlock().render(value, context={"is_print": True})
    web = ChartBlock().render(value, context={"is_print": False})

    for html in (printed, web):
        assert html.count("<svg ") == 1 and "Quelle: IQ Monitoring, Stand: 31.12.2023" in html
        assert '<span class="chart__title">Beratungen nach Berufsgruppen 2023</span>' in html
    assert "Daten als Tabelle" in web and "<table" in web
    assert "<table" not in printed
    assert printed.split("<svg ")[1].split("</svg>")[0] == web.split("<svg ")[1].split("</svg>")[0], "same SVG"


@pytest.mark.django_db
def test_published_pdf_keeps_the_chart_text_tagged_and_on_one_page(
    client, editor, fact_sheet_index, django_capture_on_commit_callbacks
):
    line = (("Quartal", "2022", "2023"), ("1. Quartal", "12.800", "14.200"), ("4. Quartal", "15.000", "17.200"))
    client.force_login(editor)
    response = client.post(
        _add_url(fact_sheet_index),
        _form(_chart(), _chart(rows=line, chart_type="line", caption="Beratungen je Quartal", text_alternative=ALT)),
    )
    assert response.status_code == 302
    page = FactSheetPage.objects.get()
    publish(page, capture=django_capture_on_commit_callbacks)
    content = PublicationPDF.objects.get(revision=page.live_revision).file.read()

    facts = pdf_facts(content)
    assert facts.struct_tree and facts.marked and facts.pdfua_part == "1"
    assert facts.lang.startswith("de") and facts.title == "IQ Beratung 2023 in Zahlen"
    assert facts.figures_without_alt == 0
    # The SVG <title> becomes the figure's /Alt: in print it carries title and text alternative.
    assert {f"{CAPTION}: {ALT}", f"Beratungen je Quartal: {ALT}"} <= set(facts.figure_alts)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]
    [chart_page] = [text for text in pages if "Pflege und Gesundheit" in text]
    for label in ("Ingenieurwesen", "Informatik", "14.800,0", "6.100,5", "10.000", f"Abb. 1: {CAPTION}"):
        assert label in chart_page, f"{label!r} is text on the chart's page"
    assert "17.200" in "".join(pages) and "4. Quartal" in "".join(pages)


@pytest.mark.django_db
@pytest.mark.parametrize("sheet", DEMO_SHEETS, ids=lambda sheet: sheet.__name__.strip("_"))
def test_demo_sheets_print_on_two_to_six_pages_with_every_chart_whole(
    sheet, fact_sheet_index, django_capture_on_commit_callbacks
):
    slug, fields = sheet()
    fields.pop("topics")
    page = FactSheetPageFactory(parent=fact_sheet_index, slug=slug, live=False, **fields)
    publish(page, capture=django_capture_on_commit_callbacks)
    content = PublicationPDF.objects.get(revision=page.live_revision).file.read()

    facts = pdf_facts(content)
    assert 2 <= facts.page_count <= 6
    assert facts.figures_without_alt == 0 and facts.pdfua_part == "1" and facts.title == fields["title"]
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(content)).pages]
    charts = [block.value for block in page.body if block.block_type == "chart"]
    assert charts
    for number, chart in enumerate(charts, start=1):
        caption_pages = [i for i, text in enumerate(pages) if f"Abb. {number}: {chart['caption']}" in text]
        assert len(caption_pages) == 1
        for word in " ".join(chart.table.categories).split():
            # Word by word: a long category wraps onto two lines of the chart.
            assert word in pages[caption_pages[0]], f"{word!r} prints on the page of its caption"


@pytest.mark.django_db
def test_a_fact_sheet_with_a_chart_saves_unchanged_from_its_edit_form(client, editor, fact_sheet_index):
    # The edit form as a browser sends it back: the table editor posts its state
    # as JSON. A load bench that posted it otherwise saw every such save refused.
    client.force_login(editor)
    assert client.post(_add_url(fact_sheet_index), _form(_chart())).status_code == 302
    page = FactSheetPage.objects.get()
    before = page.get_latest_revision_as_object().body.get_prep_value()
    revisions = page.revisions.count()

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)), page_form_data(page, user=editor, title="Neu gesichert")
    )

    assert response.status_code == 302, _chart_errors(response)
    page.refresh_from_db()
    latest = page.get_latest_revision_as_object()
    assert page.revisions.count() == revisions + 1 and latest.title == "Neu gesichert"
    assert latest.body.get_prep_value() == before
