"""Regression: two renders of one revision differed because fontTools stamped
every embedded font subset with the wall-clock time."""

import io

import pikepdf
from fontTools.misc.timeTools import epoch_diff
from fontTools.ttLib import TTFont

from pdfexport.rendering import html_render_pdf

HTML = (
    '<html lang="de"><head><title>Stand</title></head><body><h1>Kennzahlen</h1><p>61.400 Beratungen</p></body></html>'
)


def _font_timestamps(content: bytes) -> set[int]:
    stamps = set()
    with pikepdf.open(io.BytesIO(content)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and "/FontFile2" in obj:
                font = TTFont(io.BytesIO(obj.FontFile2.read_bytes()))
                stamps.add(font["head"].modified + epoch_diff)
    return stamps


def test_embedded_fonts_carry_the_given_epoch_not_the_clock():
    content = html_render_pdf(html=HTML, epoch=1_700_000_000).content
    assert _font_timestamps(content) == {1_700_000_000}


def test_same_input_and_epoch_give_identical_bytes():
    assert (
        html_render_pdf(html=HTML, epoch=1_700_000_000).content
        == html_render_pdf(html=HTML, epoch=1_700_000_000).content
    )
