"""Give the print fonts a glyph of their own for the hyphen a line break adds.

In a PDF a reader extracts text through the font's ToUnicode map, one entry per
glyph. IQ Sans draws "-" (U+002D), U+2010 and the soft hyphen with one glyph, so
a hyphen WeasyPrint adds where it hyphenates a word extracted like a hyphen the
author typed: "innova-" + "tiv" could not be found as "innovativ". This adds a
copy of the hyphen glyph at U+E0AD, a private-use code point nobody types; the
print stylesheet hyphenates with it (``hyphenate-character``) and the tag repair
maps it to the soft hyphen U+00AD, which PDF text extraction treats as a
line-break hyphen (``tagging/text_layer.py``). The copy keeps the hyphen's
outline and advance width, so lines break where they did.

Run once per face when the fonts are rebuilt (``static/pdfexport/fonts/README.md``):

    python -m pdfexport.font_break_hyphen pdfexport/static/pdfexport/fonts/IQSans-*.ttf
"""

import argparse
import copy
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

BREAK_HYPHEN = 0xE0AD
GLYPH_NAME = "hyphen.break"


def font_break_hyphen_add(*, path: Path) -> bool:
    """Add the glyph to the TrueType font at ``path``; False when it is already there."""
    font = TTFont(path)
    if BREAK_HYPHEN in font.getBestCmap():
        return False
    hyphen = font.getBestCmap()[ord("-")]
    order = font.getGlyphOrder()
    font["glyf"].glyphs[GLYPH_NAME] = copy.deepcopy(font["glyf"][hyphen])
    font["hmtx"].metrics[GLYPH_NAME] = font["hmtx"].metrics[hyphen]
    font.setGlyphOrder([*order, GLYPH_NAME])
    font["glyf"].glyphOrder = font.getGlyphOrder()
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[BREAK_HYPHEN] = GLYPH_NAME
    font.save(path)
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fonts", nargs="+", type=Path)
    for path in parser.parse_args().fonts:
        sys.stdout.write(f"{path}: {'added' if font_break_hyphen_add(path=path) else 'already there'}\n")


if __name__ == "__main__":
    main()
