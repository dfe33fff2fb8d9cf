"""How deep rich text may nest, and what a reader gets of text that nests deeper.

Every renderer of nested HTML recurses: Draftail's exporter turning the editor's
lists into HTML, and WeasyPrint laying out the print HTML. A list nested 3,000
deep made the admin answer 500 (RecursionError) and WeasyPrint fail the PDF.
The editor refuses such lists (``cms/form_input/rich_text.py``); text stored
before, or by an import, is shown as plain paragraphs instead of its markup.
"""

from html.parser import HTMLParser

from django.utils.html import format_html_join
from django.utils.safestring import SafeString

#: List levels an editor may nest (Draftail's ``depth`` 0 to 9). The toolbar
#: offers far fewer; ten leaves room for any outline a publication needs.
MAX_LIST_LEVELS = 10
#: Elements nested in stored rich text: two per list level (``ul`` and ``li``)
#: and room for a paragraph, a link and inline formatting around the text.
MAX_HTML_DEPTH = 2 * MAX_LIST_LEVELS + 10

TOO_DEEP_MESSAGE = (
    f"Die Liste ist zu tief verschachtelt: erlaubt sind höchstens {MAX_LIST_LEVELS} Ebenen. "
    "Bitte tiefer eingerückte Punkte ausrücken; gespeichert wurde nichts."
)

_VOID_ELEMENTS = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "source", "track", "wbr"})
# Where plain text starts a new paragraph, so list items do not run into each other.
_BLOCK_ELEMENTS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "div"})


class _NestingReader(HTMLParser):
    """Reads HTML in one pass without recursion: its deepest nesting and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.deepest = 0
        self.paragraphs: list[str] = []
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_ELEMENTS:
            self._paragraph_end()
        if tag not in _VOID_ELEMENTS:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_endtag(self, tag):
        if tag in _BLOCK_ELEMENTS:
            self._paragraph_end()
        if tag not in _VOID_ELEMENTS:
            self.depth = max(0, self.depth - 1)

    def handle_data(self, data):
        self._text.append(data)

    def close(self):
        super().close()
        self._paragraph_end()

    def _paragraph_end(self) -> None:
        text = " ".join("".join(self._text).split())
        if text:
            self.paragraphs.append(text)
        self._text = []


def _read(html: str) -> _NestingReader:
    reader = _NestingReader()
    reader.feed(html)
    reader.close()
    return reader


def html_too_deep(*, html: str) -> bool:
    """Whether ``html`` nests more than ``MAX_HTML_DEPTH`` elements deep."""
    # Nesting needs a tag per level: short texts are decided without parsing.
    if html.count("<") <= MAX_HTML_DEPTH:
        return False
    return _read(html).deepest > MAX_HTML_DEPTH


def html_as_paragraphs(*, html: str) -> SafeString:
    """The text of ``html`` as escaped paragraphs, without its markup."""
    return format_html_join("\n", "<p>{}</p>", ((text,) for text in _read(html).paragraphs))
