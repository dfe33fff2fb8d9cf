"""No word hyphenated across a page break.

CSS has ``hyphenate-limit-last: page`` for this; WeasyPrint does not implement
it, and it cannot know while it breaks lines which line will end a page. So the
document is laid out, the words hyphenated at the end of a page are found in the
layout, each is wrapped in ``<span style="hyphens: manual">`` in the parsed
HTML, and the same HTML object is laid out again (``rendering.py`` calls
``document_without_page_end_hyphens``). A change moves later page breaks, so
this repeats a few times at most; what is left after that stays as it is.
Only text inside the page area counts: running heads and footers are margin
boxes.
"""

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from xml.etree import ElementTree

from weasyprint import HTML
from weasyprint.document import Document
from weasyprint.formatting_structure import boxes

logger = logging.getLogger(__name__)

# Each pass is a full layout; two are nearly always enough.
MAX_EXTRA_LAYOUTS = 3
KEEP_WHOLE = "hyphens: manual"


@dataclass(frozen=True)
class PageEndHyphen:
    page_number: int
    word: str
    element: ElementTree.Element
    #: Which occurrence of ``word`` in the element's own text it is, from 0.
    occurrence: int


def document_without_page_end_hyphens(*, source: HTML, render: Callable[[], Document]) -> Document:
    """``render()`` lays ``source`` out; returns a layout whose pages do not end in a
    hyphenated word, or the best one after ``MAX_EXTRA_LAYOUTS`` more layouts."""
    document = render()
    for _ in range(MAX_EXTRA_LAYOUTS):
        found = page_end_hyphens(document)
        if not found:
            return document
        changed = [
            _keep_whole(element=hyphen.element, word=hyphen.word, occurrence=hyphen.occurrence) for hyphen in found
        ]
        if not any(changed):
            break
        document = render()
    remaining = page_end_hyphens(document)
    if remaining:
        logger.info("Page-end hyphenation left on pages %s", [hyphen.page_number for hyphen in remaining])
    return document


def page_end_hyphens(document: Document) -> list[PageEndHyphen]:
    """The words hyphenated at the end of a page: the page's last line in reading
    order ends in the hyphenation character and the word goes on overleaf."""
    pages = [list(_page_lines(page._page_box)) for page in document.pages]
    # Each element's own text as laid out so far, to tell which occurrence of a word breaks.
    laid_out: dict[int, str] = {}
    page_end_boxes = {id(_text_boxes(lines[-1])[-1]) for lines in pages if lines and _text_boxes(lines[-1])}
    before_box: dict[int, str] = {}
    for lines in pages:
        for line in lines:
            for box in _text_boxes(line):
                key = id(box.element)
                if id(box) in page_end_boxes:
                    before_box[id(box)] = laid_out.get(key, "")
                hyphen = box.style["hyphenate_character"]
                if hyphen and box.text.endswith(hyphen):
                    laid_out[key] = laid_out.get(key, "") + box.text[: -len(hyphen)]
                else:
                    laid_out[key] = laid_out.get(key, "") + box.text + " "
    found = []
    for index, lines in enumerate(pages[:-1]):
        if not lines:
            continue
        last = _text_boxes(lines[-1])
        following = next((page for page in pages[index + 1 :] if page), None)
        if not last or following is None:
            continue
        box = last[-1]
        hyphen = box.style["hyphenate_character"]
        if not hyphen or not box.text.endswith(hyphen) or box.element is None:
            continue
        prefix = box.text[: -len(hyphen)].split()[-1:] or [""]
        first = _text_boxes(following[0])
        suffix = first[0].text.split()[:1] if first else []
        word = _WORD_EDGE.sub("", prefix[0] + (suffix[0] if suffix else ""))
        if word:
            earlier = before_box.get(id(box), "") + box.text[: -len(hyphen)]
            occurrence = len(_word_pattern(word).findall(earlier[: -len(prefix[0])] if prefix[0] else earlier))
            found.append(PageEndHyphen(page_number=index + 1, word=word, element=box.element, occurrence=occurrence))
    return found


_WORD_EDGE = re.compile(r"^\W+|\W+$")


def _page_lines(page_box) -> Iterator[boxes.LineBox]:
    """The line boxes of a page's content, in document order, without its margin boxes."""
    for child in page_box.children:
        if isinstance(child, boxes.MarginBox):
            continue
        for box in child.descendants():
            if isinstance(box, boxes.LineBox):
                yield box


def _text_boxes(line: boxes.LineBox) -> list[boxes.TextBox]:
    return [box for box in line.descendants() if isinstance(box, boxes.TextBox)]


def _word_pattern(word: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


def _keep_whole(*, element: ElementTree.Element, word: str, occurrence: int) -> bool:
    """Wrap that occurrence of ``word`` in the element's own text in a span that is
    never hyphenated (only that one: every change moves the lines after it);
    where it cannot be found, keep the whole element unhyphenated."""
    pattern = _word_pattern(word)
    seen = 0
    # The element's own text: before its first child, then after each child.
    slots = [(None, element.text or "")] + [(child, child.tail or "") for child in list(element)]
    for owner, text in slots:
        for match in pattern.finditer(text):
            if seen == occurrence:
                span = ElementTree.Element("span", {"style": KEEP_WHOLE})
                span.text = match.group(0)
                span.tail = text[match.end() :] or None
                head = text[: match.start()] or None
                if owner is None:
                    element.text = head
                    element.insert(0, span)
                else:
                    owner.tail = head
                    element.insert(list(element).index(owner) + 1, span)
                return True
            seen += 1
    if KEEP_WHOLE in (element.get("style") or ""):
        return False
    element.set("style", f"{element.get('style') or ''};{KEEP_WHOLE}".lstrip(";"))
    return True
