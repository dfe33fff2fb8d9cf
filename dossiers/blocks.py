"""Blocks of a Themendossier: chapters with numbered sections, footnotes,
references and the version history.

Chapter and section numbers are never typed: ``ChapterValue`` derives them
from the order of the blocks, so moving a chapter renumbers it everywhere
(web, table of contents, PDF, bookmarks).
"""

import re
import unicodedata
from dataclasses import dataclass

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from cms.blocks import STORY_BLOCKS, InfoBoxBlock

FOOTNOTE_TEXT_FEATURES = ["bold", "italic", "link"]
FOOTNOTE_KEY_PATTERN = r"[A-Za-z0-9][A-Za-z0-9_-]*"


class SectionHeadingBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Abschnittsüberschrift", max_length=200)

    class Meta:
        icon = "title"
        label = "Abschnitt (1.1, 1.2 …)"
        help_text = "Die Abschnittsnummer wird automatisch vergeben."
        template = "dossiers/blocks/section_heading_block.html"


class DossierInfoBoxBlock(InfoBoxBlock):
    """The shared info box, rendered with footnote calls in its text."""

    class Meta:
        icon = "info-circle"
        label = "Infobox"
        template = "dossiers/blocks/info_box_block.html"


# The story blocks minus their free heading: inside a chapter a heading is a numbered section.
CHAPTER_BODY_BLOCKS = [
    ("paragraph", blocks.RichTextBlock(
        label="Absatz",
        features=["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"],
        help_text="Fußnoten als [fn:kennung] direkt hinter das Wort oder Satzzeichen setzen, z. B. …Gesetz.[fn:agg]",
        template="dossiers/blocks/paragraph_block.html",
    )),
    ("section", SectionHeadingBlock()),
    *[(name, block) for name, block in STORY_BLOCKS if name not in {"paragraph", "heading", "info_box"}],
    ("info_box", DossierInfoBoxBlock()),
]  # fmt: skip


@dataclass(frozen=True)
class Section:
    number: str
    title: str
    anchor: str


@dataclass(frozen=True)
class ChapterItem:
    """One body block of a chapter; ``section`` is set for section headings."""

    block: blocks.StreamValue.StreamChild
    section: Section | None = None


class ChapterValue(blocks.StructValue):
    def numbered_body(self, chapter_number: int) -> list[ChapterItem]:
        items, count = [], 0
        for child in self.get("body") or []:
            section = None
            if child.block_type == "section":
                count += 1
                section = Section(
                    number=f"{chapter_number}.{count}",
                    title=child.value["title"],
                    anchor=f"abschnitt-{chapter_number}-{count}",
                )
            items.append(ChapterItem(block=child, section=section))
        return items


class ChapterBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Kapitelüberschrift", max_length=200, help_text="Ohne Nummer: sie wird vergeben.")
    body = blocks.StreamBlock(CHAPTER_BODY_BLOCKS, label="Kapiteltext", min_num=1)

    class Meta:
        icon = "doc-full"
        label = "Kapitel"
        template = "dossiers/blocks/chapter_block.html"
        value_class = ChapterValue


class FootnoteValue(blocks.StructValue):
    def normalised_key(self) -> str:
        return (self.get("key") or "").strip().lower()


class FootnoteBlock(blocks.StructBlock):
    key = blocks.RegexBlock(
        regex=rf"^{FOOTNOTE_KEY_PATTERN}$",
        label="Kennung",
        max_length=40,
        help_text="Kurz und eindeutig, z. B. „agg-22“. Im Kapiteltext steht dann [fn:agg-22].",
        error_messages={
            "invalid": "Nur Buchstaben ohne Umlaute, Ziffern, Bindestrich und Unterstrich, z. B. „agg-22“."
        },
    )
    text = blocks.RichTextBlock(label="Fußnotentext", features=FOOTNOTE_TEXT_FEATURES)

    class Meta:
        icon = "list-ol"
        label = "Fußnote"
        template = "dossiers/blocks/footnote_block.html"
        value_class = FootnoteValue


def _sortable(text: str) -> str:
    # "Özdemir" sorts with "Oz…", as in German library catalogues (DIN 5007-1).
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class ReferenceValue(blocks.StructValue):
    def sort_key(self) -> tuple[str, str, str]:
        return (_sortable(self.get("authors") or ""), self.get("year") or "", _sortable(self.get("title") or ""))

    def title_with_stop(self) -> str:
        title = (self.get("title") or "").strip()
        return title if re.search(r"[.!?]$", title) else f"{title}."

    def source_with_stop(self) -> str:
        source = (self.get("source") or "").strip()
        if not source:
            return ""
        return source if source.endswith(".") else f"{source}."


class ReferenceBlock(blocks.StructBlock):
    authors = blocks.CharBlock(
        label="Autor*innen bzw. Herausgeber",
        max_length=300,
        help_text="„Nachname, Vorname; Nachname, Vorname“ oder eine Institution, bei Gesetzen die Abkürzung.",
    )
    year = blocks.CharBlock(label="Jahr", max_length=12, help_text="z. B. „2023“, „2023a“ oder „o. J.“")
    title = blocks.CharBlock(label="Titel", max_length=300)
    source = blocks.CharBlock(
        label="Verlag, Zeitschrift oder Fundstelle",
        max_length=300,
        required=False,
        help_text="z. B. „Bielefeld: wbv“, „Zeitschrift für Weiterbildung 12 (3), S. 14–21“ oder „BGBl. I S. 1897“.",
    )
    url = blocks.URLBlock(label="URL", required=False)
    accessed = blocks.DateBlock(label="Abgerufen am", required=False)

    class Meta:
        icon = "link"
        label = "Literaturangabe"
        template = "dossiers/blocks/reference_block.html"
        value_class = ReferenceValue

    def clean(self, value):
        value = super().clean(value)
        if value.get("url") and not value.get("accessed"):
            raise StructBlockValidationError(
                {"accessed": ValidationError("Bitte angeben, wann die Online-Quelle abgerufen wurde.")}
            )
        if value.get("accessed") and not value.get("url"):
            raise StructBlockValidationError(
                {"url": ValidationError("Ein Abrufdatum gibt es nur für Online-Quellen: bitte die URL angeben.")}
            )
        return value


class VersionBlock(blocks.StructBlock):
    date = blocks.DateBlock(label="Datum")
    edition = blocks.CharBlock(label="Fassung", max_length=20, required=False, help_text="z. B. „2.0“")
    note = blocks.TextBlock(label="Änderung", help_text="Was sich in dieser Fassung geändert hat.")

    class Meta:
        icon = "history"
        label = "Versionseintrag"
        template = "dossiers/blocks/version_block.html"


DOSSIER_CHAPTER_BLOCKS = [("chapter", ChapterBlock())]
DOSSIER_FOOTNOTE_BLOCKS = [("footnote", FootnoteBlock())]
DOSSIER_REFERENCE_BLOCKS = [("reference", ReferenceBlock())]
DOSSIER_VERSION_BLOCKS = [("version", VersionBlock())]
