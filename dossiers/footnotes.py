"""Footnotes written as markers in the chapter text.

Editors type ``[fn:kennung]`` where the note belongs and add a footnote with
that key in the "Fußnoten" list. A plain-text marker survives copy and paste,
Draftail and revisions unchanged, needs no editor plugin, and can be checked
(``validation.py``). Notes are numbered by the order of their markers in the
text, so reordering chapters renumbers them; the list order does not matter.
"""

import html
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from wagtail.rich_text import RichText, expand_db_html

from .blocks import FOOTNOTE_KEY_PATTERN

MARKER_RE = re.compile(rf"\[fn:({FOOTNOTE_KEY_PATTERN})\]", re.IGNORECASE)
# Anything that looks like the start of a marker, to catch "[fn: x]", "[FN:x" or a half-bold marker.
MARKER_ATTEMPT_RE = re.compile(r"\[\s*fn\s*:[^\]\[]{0,40}\]?", re.IGNORECASE)
RICH_TEXT_BODY_BLOCKS = {"paragraph": None, "info_box": "body"}


def marker_keys(source: str) -> list[str]:
    """The footnote keys marked in stored rich text, in reading order."""
    return [key.lower() for key in MARKER_RE.findall(source or "")]


def malformed_markers(source: str) -> list[str]:
    """Marker attempts a reader would see as literal text, e.g. "[fn: agg]" or "[fn:<b>agg</b>]"."""
    text = html.unescape(strip_tags(source or ""))
    problems = [attempt for attempt in MARKER_ATTEMPT_RE.findall(text) if not MARKER_RE.fullmatch(attempt)]
    # Well-formed in the text but not in the markup: formatting runs through the marker.
    split_by_markup = Counter(marker_keys(text)) - Counter(marker_keys(source))
    return problems + [f"[fn:{key}]" for key in split_by_markup.elements()]


def body_rich_text(child) -> str | None:
    """The stored rich text of a chapter body block that may carry markers, else None."""
    if child.block_type not in RICH_TEXT_BODY_BLOCKS:
        return None
    field = RICH_TEXT_BODY_BLOCKS[child.block_type]
    value = child.value[field] if field else child.value
    return value.source if isinstance(value, RichText) else str(value or "")


def chapter_markers(chapters) -> Iterator[tuple[int, int, str]]:
    """(chapter index, body index, key) for every marker, in reading order."""
    for chapter_index, chapter in enumerate(chapters or []):
        for body_index, child in enumerate(chapter.value.get("body") or []):
            for key in marker_keys(body_rich_text(child) or ""):
                yield chapter_index, body_index, key


@dataclass(frozen=True)
class Footnote:
    number: int
    key: str
    text: RichText

    @property
    def anchor(self) -> str:
        return f"fn-{self.key}"

    @property
    def ref_anchor(self) -> str:
        return f"fnref-{self.key}"

    def inline_html(self) -> SafeString:
        """The note as inline HTML: a print footnote is a ``<span>``, which must not hold paragraphs."""
        expanded = expand_db_html(self.text.source)
        inline = re.sub(r"</p>\s*<p[^>]*>", " ", expanded)
        return mark_safe(re.sub(r"^\s*<p[^>]*>|</p>\s*$", "", inline))  # noqa: S308 - editor rich text, already sanitised


class FootnoteIndex:
    """The footnotes of one dossier, numbered in the order their markers appear."""

    def __init__(self, *, chapters, footnotes) -> None:
        by_key = {block.value.normalised_key(): block.value["text"] for block in footnotes or []}
        self._notes: dict[str, Footnote] = {}
        for _, _, key in chapter_markers(chapters):
            if key in by_key and key not in self._notes:
                self._notes[key] = Footnote(number=len(self._notes) + 1, key=key, text=by_key[key])

    def __iter__(self) -> Iterator[Footnote]:
        return iter(self._notes.values())

    def __len__(self) -> int:
        return len(self._notes)

    def get(self, key: str) -> Footnote | None:
        return self._notes.get(key.lower())

    def replace_markers(self, expanded_html: str, *, is_print: bool) -> SafeString:
        """``expanded_html`` with each marker turned into a footnote call.

        Web: a superscript link to the note list, which links back. Print: a
        link to the note, then the note itself in a ``<span class="footnote">``
        that the print stylesheet floats to the foot of the page (CSS ``float:
        footnote``), opening with a link back to the call. An unknown
        marker stays visible as typed; validation keeps it from being published.
        """

        def call(match: re.Match) -> str:
            note = self.get(match.group(1))
            if note is None:
                return match.group(0)
            if is_print:
                # The call links to the note and the note back to its call; the PDF tag repair
                # recognises a note by that back link (pdfexport/tagging/notes.py).
                return format_html(
                    '<a class="footnote-ref" id="{}" href="#{}">{}</a><span class="footnote" id="{}">'
                    '<a class="footnote-back" href="#{}">{}</a>{}</span>',
                    note.ref_anchor,
                    note.anchor,
                    note.number,
                    note.anchor,
                    note.ref_anchor,
                    note.number,
                    note.inline_html(),
                )
            return format_html(
                '<sup class="footnote-call"><a id="{}" href="#{}" role="doc-noteref" '
                'aria-describedby="footnotes-heading"><span class="visually-hidden">{} </span>{}</a></sup>',
                note.ref_anchor,
                note.anchor,
                gettext("Fußnote"),
                note.number,
            )

        return mark_safe(MARKER_RE.sub(call, expanded_html))  # noqa: S308 - only our own markup is inserted
