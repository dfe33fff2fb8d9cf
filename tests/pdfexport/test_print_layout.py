"""The shared print layer sets text as a designer would: hyphenation within limits,
never across a page break, and charts and figures kept with their notes.

Rendered through ``html_render_pdf`` (the worker's path, untagged: tagging does
not move text) and read back with ``pdftotext -bbox-layout`` (tests/pdf_layout.py).
"""

import datetime
import random

from weasyprint import HTML

from cms.charts.blocks import ChartBlock
from cms.stream_data import chart
from pdfexport.fetcher import RENDER_BASE_URL, SafeURLFetcher
from pdfexport.page_end_hyphens import page_end_hyphens
from pdfexport.rendering import html_render_pdf
from tests.pdf_layout import AUTO_HYPHENS, hyphenated_breaks, pdf_layout

LONG_WORDS = (
    "Anerkennungsverfahren",
    "Qualifizierungsberatung",
    "Gleichwertigkeitsprüfung",
    "Berufserfahrung",
    "zusammengefasst",
    "Fachkräfteeinwanderung",
    "Anpassungslehrgang",
    "Integrationsnetzwerke",
)
SHORT_WORDS = ("und", "die", "der", "mit", "Seine", "Katze", "Räume", "Hafen", "Leute", "bald")


def _print_html(body: str, *, stylesheets: tuple[str, ...] = ()) -> str:
    links = "".join(f'<link rel="stylesheet" href="/static/pdfexport/{name}">' for name in ("print.css", *stylesheets))
    head = f'<meta charset="utf-8"><title>Satzprobe</title>{links}'
    return f'<!DOCTYPE html><html lang="de"><head>{head}</head><body>{body}</body></html>'


def _paragraphs(*, seed: int, count: int, words: int, vocabulary: tuple[str, ...]) -> str:
    chooser = random.Random(seed)  # noqa: S311 - a fixed sample text, not a secret
    return "".join("<p>" + " ".join(chooser.choice(vocabulary) for _ in range(words)) + ".</p>" for _ in range(count))


def test_short_words_are_never_hyphenated_and_fragments_keep_three_letters():
    # A narrow justified column forces breaks on nearly every line.
    text = _paragraphs(seed=3, count=6, words=40, vocabulary=SHORT_WORDS + LONG_WORDS)
    html = _print_html(f'<div style="width: 32mm; text-align: justify">{text}</div>')

    breaks = hyphenated_breaks(pdf_layout(html_render_pdf(html=html, tagged=False).content))

    assert len(breaks) > 5, "the sample must hyphenate, or it proves nothing"
    for before, after in breaks:
        letters_before = sum(char.isalpha() for char in before)
        letters_after = sum(char.isalpha() for char in after)
        assert letters_before + letters_after >= 6, f"{before}-{after}: a word under six letters was hyphenated"
        assert letters_before >= 3 and letters_after >= 3, f"{before}-{after} leaves a fragment under three letters"


def test_no_page_ends_in_a_hyphenated_word():
    text = _paragraphs(seed=11, count=40, words=70, vocabulary=LONG_WORDS + SHORT_WORDS[:4])
    html = _print_html(f'<div style="text-align: justify">{text}</div>')
    # The sample does provoke it: laid out once, some page ends in a hyphenated word.
    first_layout = HTML(string=html, base_url=RENDER_BASE_URL, url_fetcher=SafeURLFetcher()).render()
    assert page_end_hyphens(first_layout), "choose a sample whose first layout hyphenates at a page end"

    pages = pdf_layout(html_render_pdf(html=html, tagged=False).content)

    assert len(pages) > 3
    assert hyphenated_breaks(pages), "hyphenation inside the pages stays"
    for page in pages[:-1]:
        final = page.final_line()
        assert final is not None
        assert not final.text.endswith(AUTO_HYPHENS), f"page {page.number} ends in „{final.text}“"


def _chart_html() -> str:
    block = ChartBlock()
    value = block.to_python(
        chart(
            caption="Beratungen nach Berufsgruppen 2023",
            alt="Die Pflege liegt mit 14.800 Beratungen vor dem Ingenieurwesen mit 9.200.",
            header=("Berufsgruppe", "Beratungen"),
            rows=[("Pflege", "14.800"), ("Ingenieurwesen", "9.200")],
            source="IQ Monitoring",
            as_of=datetime.date(2023, 12, 31),
        )["value"]
    )
    return block.render(value, context={"is_print": True})


def test_a_chart_its_caption_and_its_note_share_a_page():
    """Wherever the chart falls on the page, the page break never comes between
    the chart, its caption (title, source, date) and the note after it."""
    note = '<div class="rich-text"><p>Anmerkung zur Grafik: Alle übrigen Berufe kommen auf 21.600.</p></div>'
    split = []
    # From the chart well inside the page to its note just past the foot of the text area.
    for space_mm in range(150, 236, 3):
        lead = f'<div style="height: {space_mm}mm; border-left: 1mm solid #c6ced8"></div>'
        html = _print_html(f"{lead}{_chart_html()}{note}", stylesheets=("factsheets.css",))
        pages = pdf_layout(html_render_pdf(html=html, tagged=False).content)

        def page_of(needle: str, pages=pages) -> int:
            return next(page.number for page in pages if needle in page.text())

        parts = {
            page_of(needle)
            for needle in (
                "14.800",
                "Beratungen nach Berufsgruppen 2023",
                "Quelle: IQ Monitoring",
                "Anmerkung zur Grafik",
            )
        }
        if len(parts) > 1:
            split.append(space_mm)

    assert not split, f"chart and note on different pages after {split} mm of text"
