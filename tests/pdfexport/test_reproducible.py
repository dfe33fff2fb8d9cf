"""Regression: two renders of one revision differed because fontTools stamped
every embedded font subset with the wall-clock time.

WeasyPrint subsets with HarfBuzz when libharfbuzz-subset is installed (keeps the
font's own timestamp) and with fontTools otherwise (stamps SOURCE_DATE_EPOCH,
which the renderer sets). Either way no stamp may come from the clock.
"""

import io
from pathlib import Path

from django.conf import settings

import pikepdf
from fontTools.misc.timeTools import epoch_diff
from fontTools.ttLib import TTFont

from pdfexport.rendering import html_render_pdf

EPOCH = 1_700_000_000
HTML = (
    '<html lang="de"><head><title>Stand</title><link rel="stylesheet" href="/static/pdfexport/print.css"></head>'
    "<body><h1>Kennzahlen</h1><p>61.400 Beratungen</p></body></html>"
)
FONT_DIR = Path(settings.BASE_DIR) / "pdfexport" / "static" / "pdfexport" / "fonts"


def _stamp(font: TTFont) -> int:
    return font["head"].modified + epoch_diff


def _embedded_font_stamps(content: bytes) -> set[int]:
    stamps = set()
    with pikepdf.open(io.BytesIO(content)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and "/FontFile2" in obj:
                stamps.add(_stamp(TTFont(io.BytesIO(obj.FontFile2.read_bytes()))))
    return stamps


def test_embedded_fonts_carry_no_clock_time():
    allowed = {EPOCH} | {_stamp(TTFont(path)) for path in FONT_DIR.glob("*.ttf")}
    stamps = _embedded_font_stamps(html_render_pdf(html=HTML, epoch=EPOCH).content)
    assert stamps, "the bundled fonts must be embedded"
    assert stamps <= allowed


def test_same_input_and_epoch_give_identical_bytes():
    assert html_render_pdf(html=HTML, epoch=EPOCH).content == html_render_pdf(html=HTML, epoch=EPOCH).content
