"""Heading levels do not skip, on the web page and in the PDF: after a heading of
level 2 comes at most level 3. Screen reader users navigate by this outline."""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

from django.utils.html import strip_tags

from wagtail import blocks

from .content import content_blocks, content_rich_texts
from .registry import check_register
from .report import Finding

HEADING_TAG = re.compile(r"^h([1-6])$")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class HeadingSkip:
    heading: Heading
    #: None when the very first heading is not of level 1.
    previous: Heading | None


class _HeadingParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headings: list[Heading] = []
        self._open: tuple[int, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs) -> None:
        if match := HEADING_TAG.match(tag):
            self._open = (int(match.group(1)), [])

    def handle_endtag(self, tag: str) -> None:
        if self._open is not None and HEADING_TAG.match(tag):
            level, parts = self._open
            self.headings.append(Heading(level=level, text=" ".join("".join(parts).split())))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open[1].append(data)


def html_headings(html: str) -> list[Heading]:
    parser = _HeadingParser()
    parser.feed(html)
    parser.close()
    return parser.headings


def heading_skips(headings: list[Heading]) -> list[HeadingSkip]:
    skips = []
    if headings and headings[0].level != 1:
        skips.append(HeadingSkip(heading=headings[0], previous=None))
    for previous, heading in zip(headings, headings[1:], strict=False):
        if heading.level > previous.level + 1:
            skips.append(HeadingSkip(heading=heading, previous=previous))
    return skips


@check_register(code="headings", label="Überschriftenebenen", required=True)
def check_heading_levels(context) -> Iterator[Finding]:
    # The same block usually skips in both media: one finding naming both.
    media_by_skip: dict[tuple, list[str]] = {}
    first_skip: dict[tuple, HeadingSkip] = {}
    renderings = [("Webansicht", lambda: context.web_html)]
    if context.has_print:
        renderings.append(("PDF", lambda: context.print_html))
    for medium, html_of in renderings:
        for skip in heading_skips(html_headings(html_of())):
            key = (skip.heading, skip.previous.level if skip.previous else 0)
            media_by_skip.setdefault(key, []).append(medium)
            first_skip.setdefault(key, skip)
    for key, media in media_by_skip.items():
        yield _finding(first_skip[key], media=" und ".join(media), page=context.page)


def _finding(skip: HeadingSkip, *, media: str, page) -> Finding:
    heading = skip.heading
    source = _source_location(page, heading.text)
    location = f"{source or f'Überschrift „{heading.text}“'}, {media}"
    if skip.previous is None:
        return Finding(
            message=f"Die erste Überschrift „{heading.text}“ hat Ebene {heading.level}; "
            "die Seite muss mit einer Überschrift der Ebene 1 beginnen.",
            location=location,
            hint="Die Überschrift der Ebene 1 ist der Titel der Seite: bitte die Technik informieren.",
        )
    expected = skip.previous.level + 1
    return Finding(
        message=f"Die Überschrift „{heading.text}“ (Ebene {heading.level}) folgt auf „{skip.previous.text}“ "
        f"(Ebene {skip.previous.level}): Ebene {expected} wird übersprungen.",
        location=location,
        hint=f"Bitte „{heading.text}“ auf Ebene {expected} setzen oder davor eine Überschrift der Ebene "
        f"{expected} einfügen.",
    )


def _source_location(page, text: str) -> str | None:
    """Where the editor wrote the heading: its block, or the rich text that contains it."""
    for item in content_blocks(instance=page):
        if isinstance(item.block, blocks.CharBlock) and (item.value or "").strip() == text:
            return item.parent.location if item.parent is not None else item.location
    for item in content_rich_texts(instance=page):
        if any(heading.text == text for heading in html_headings(item.source)):
            return item.location
    if strip_tags(page.title).strip() == text:
        return "Feld „Titel“"
    return None
