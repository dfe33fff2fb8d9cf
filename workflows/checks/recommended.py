"""Recommended checks: they warn the editor but never block the workflow."""

from collections.abc import Iterator
from dataclasses import dataclass

from django.db import models

from wagtail import blocks

from .content import content_blocks, content_rich_texts, field_label, page_own_fields
from .readability import html_paragraphs, text_sentences, text_stats, text_words
from .registry import check_register
from .report import Finding

TEASER_MIN_CHARS = 60
# Search engines show about the first 150–160 characters of the description the teaser becomes.
TEASER_MAX_CHARS = 200

LONG_SENTENCE_WORDS = 30
LONG_SENTENCES_LISTED = 3
# Below 30 Amstad's scale reads "sehr schwer" (academic prose).
HARD_TEXT_SCORE = 30
MIN_WORDS_FOR_SCORE = 100


@check_register(code="teaser_length", label="Länge des Teasers", required=False)
def check_teaser_length(context) -> Iterator[Finding]:
    page = context.page
    field = next((field for field in page_own_fields(page) if field.name == "teaser"), None)
    teaser = (getattr(page, "teaser", "") or "").strip() if field is not None else ""
    if not teaser:
        return  # an empty teaser is a missing required field (check "Pflichtangaben")
    length = len(teaser)
    if length < TEASER_MIN_CHARS:
        yield Finding(
            message=f"Der Teaser ist mit {length} Zeichen sehr kurz.",
            location=field_label(field),
            hint=f"Empfohlen sind {TEASER_MIN_CHARS} bis {TEASER_MAX_CHARS} Zeichen: ein bis zwei Sätze, "
            "die sagen, worum es geht und was Leser*innen erfahren.",
        )
    elif length > TEASER_MAX_CHARS:
        yield Finding(
            message=f"Der Teaser ist mit {length} Zeichen lang.",
            location=field_label(field),
            hint=f"Empfohlen sind höchstens {TEASER_MAX_CHARS} Zeichen: Suchmaschinen und Übersichten zeigen "
            "meist nur den Anfang.",
        )


@dataclass(frozen=True)
class Passage:
    text: str
    location: str


@check_register(code="reading_level", label="Lesbarkeit", required=False)
def check_reading_level(context) -> Iterator[Finding]:
    passages = list(_passages(context.page))
    long_sentences = [
        (passage, sentence, len(text_words(sentence)))
        for passage in passages
        for sentence in text_sentences(passage.text)
        if len(text_words(sentence)) > LONG_SENTENCE_WORDS
    ]
    for passage, sentence, count in long_sentences[:LONG_SENTENCES_LISTED]:
        yield Finding(
            message=f"Der Satz „{_opening(sentence)}“ hat {count} Wörter.",
            location=passage.location,
            hint=f"Sätze mit mehr als {LONG_SENTENCE_WORDS} Wörtern sind schwer zu lesen: bitte teilen.",
        )
    if rest := long_sentences[LONG_SENTENCES_LISTED:]:
        yield Finding(
            message=f"{len(rest)} weitere Sätze haben mehr als {LONG_SENTENCE_WORDS} Wörter.",
            location="; ".join(dict.fromkeys(passage.location for passage, _, _ in rest)),
            hint="Bitte auch diese Sätze teilen.",
        )
    stats = text_stats([passage.text for passage in passages])
    if stats.words >= MIN_WORDS_FOR_SCORE and (score := stats.flesch_amstad) < HARD_TEXT_SCORE:
        per_word = f"{stats.syllables_per_word:.1f}".replace(".", ",")
        yield Finding(
            message=f"Der Text ist sehr schwer lesbar: Lesbarkeitsindex nach Flesch-Amstad {score:.0f} "
            f"(unter {HARD_TEXT_SCORE} gilt als sehr schwer; im Schnitt {stats.words_per_sentence:.0f} Wörter "
            f"pro Satz und {per_word} Silben pro Wort).",
            location="Alle Fließtexte",
            hint="Kürzere Sätze und kürzere, geläufige Wörter machen den Text leichter; Fachbegriffe beim ersten "
            "Vorkommen erklären.",
        )


def _passages(page) -> Iterator[Passage]:
    """The prose an editor wrote: text fields (teaser, lead), rich text and text blocks."""
    for field in page_own_fields(page):
        if type(field) is models.TextField and (value := getattr(page, field.name)):
            yield Passage(text=value, location=field_label(field))
    for item in content_rich_texts(instance=page):
        for paragraph in html_paragraphs(item.source):
            yield Passage(text=paragraph, location=item.location)
    for item in content_blocks(instance=page):
        if isinstance(item.block, blocks.TextBlock) and item.value:
            yield Passage(text=item.value, location=item.location)


def _opening(sentence: str, words: int = 8) -> str:
    parts = sentence.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
