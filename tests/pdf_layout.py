"""Where the text of a PDF stands on its pages, read with ``pdftotext -bbox-layout``
(poppler): for tests of the print layout (filled pages, hyphenation, what shares
a page). Geometry in PDF points, y from the top of the page.
"""

import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

_XHTML = "{http://www.w3.org/1999/xhtml}"
_MM = 72 / 25.4
# The text area of the shared print layer (pdfexport/static/pdfexport/print.css, @page).
MARGINS_MM = {"top": 22, "right": 20, "bottom": 24, "left": 22}
#: What WeasyPrint sets where it hyphenates (CSS ``hyphenate-character``), unlike a typed "-":
#: IQ Sans' line-break hyphen, which the tag repair maps to the soft hyphen (untagged PDFs keep U+E0AD).
AUTO_HYPHENS = ("\u00ad", "\ue0ad")


@dataclass(frozen=True)
class Line:
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    text: str


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    #: The lines inside the text area, in poppler's reading order.
    lines: list[Line]

    @property
    def top(self) -> float:
        return MARGINS_MM["top"] * _MM

    @property
    def bottom(self) -> float:
        return self.height - MARGINS_MM["bottom"] * _MM

    @property
    def middle(self) -> float:
        left, right = MARGINS_MM["left"] * _MM, self.width - MARGINS_MM["right"] * _MM
        return (left + right) / 2

    def text(self) -> str:
        return " ".join(line.text for line in self.lines)

    def blank_share(self) -> float:
        """The share of the text area below the last line, mean of the two columns;
        a line across the middle counts for both."""
        height = self.bottom - self.top
        shares = []
        for in_column in (lambda line: line.x_min < self.middle, lambda line: line.x_max > self.middle):
            lowest = max((line.y_max for line in self.lines if in_column(line)), default=self.top)
            shares.append(max(0.0, self.bottom - lowest) / height)
        return sum(shares) / 2

    def final_line(self) -> Line | None:
        """The line that ends the page for a reader: the lowest of the right column,
        or of the page when nothing stands right of the middle."""
        right = [line for line in self.lines if line.x_min >= self.middle]
        candidates = right or self.lines
        return max(candidates, key=lambda line: line.y_max, default=None)


def pdf_layout(content: bytes) -> list[Page]:
    with tempfile.TemporaryDirectory() as workdir:
        source = Path(workdir) / "document.pdf"
        source.write_bytes(content)
        result = subprocess.run(
            ["pdftotext", "-bbox-layout", str(source), "-"], check=True, capture_output=True, text=True
        )
    root = ElementTree.fromstring(result.stdout)
    pages = []
    for number, page in enumerate(root.iter(f"{_XHTML}page"), start=1):
        candidate = Page(number=number, width=float(page.get("width")), height=float(page.get("height")), lines=[])
        lines = []
        for line in page.iter(f"{_XHTML}line"):
            words = [word.text or "" for word in line.iter(f"{_XHTML}word")]
            box = Line(
                x_min=float(line.get("xMin")),
                y_min=float(line.get("yMin")),
                x_max=float(line.get("xMax")),
                y_max=float(line.get("yMax")),
                text=" ".join(words),
            )
            if box.y_min >= candidate.top - 1 and box.y_max <= candidate.bottom + 1:
                lines.append(box)
        pages.append(Page(number=number, width=candidate.width, height=candidate.height, lines=lines))
    return pages


def hyphenated_breaks(pages: list[Page]) -> list[tuple[str, str]]:
    """Each automatic hyphenation as (part before the break, part after it): the
    last word of a line ending in the hyphenation character and the first word of
    the line that follows it in reading order."""
    lines = [line for page in pages for line in page.lines]
    breaks = []
    for line, following in zip(lines, lines[1:], strict=False):
        if line.text.endswith(AUTO_HYPHENS):
            before = line.text[:-1].split()[-1:] or [""]
            after = following.text.split()[:1] or [""]
            breaks.append((before[0], after[0]))
    return breaks


def without_auto_hyphens(text: str) -> str:
    """``text`` without the hyphens line breaks added: the words as typed."""
    return re.sub("[" + "".join(AUTO_HYPHENS) + "]", "", text)
