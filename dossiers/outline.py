"""The numbered outline of a dossier, shared by the web page, the PDF and its
table of contents so that all three always agree."""

from dataclasses import dataclass, field

from .blocks import ChapterItem, Section
from .footnotes import FootnoteIndex


@dataclass(frozen=True)
class Chapter:
    number: int
    title: str
    block: object
    items: list[ChapterItem] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"kapitel-{self.number}"

    @property
    def sections(self) -> list[Section]:
        return [item.section for item in self.items if item.section is not None]


@dataclass(frozen=True)
class DossierOutline:
    chapters: list[Chapter]
    footnotes: FootnoteIndex


def dossier_outline(*, chapters, footnotes) -> DossierOutline:
    numbered = [
        Chapter(
            number=number,
            title=chapter.value["title"],
            block=chapter,
            items=chapter.value.numbered_body(number),
        )
        for number, chapter in enumerate(chapters or [], start=1)
    ]
    return DossierOutline(chapters=numbered, footnotes=FootnoteIndex(chapters=chapters, footnotes=footnotes))
