"""Plain German text statistics: sentences, words, syllables and the
Flesch reading ease adapted to German by Amstad (1978):
``180 − words per sentence − 58.5 × syllables per word`` (0 = very hard, 100 = very easy)."""

import html
import re
from dataclasses import dataclass

# "z. B.", "S. 14", "bzw." end in a full stop without ending the sentence.
ABBREVIATION = re.compile(
    r"\b(?:[^\W\d_]|bzw|ca|Nr|Abs|vgl|usw|etc|Dr|Prof|ggf|inkl|evtl|sog|Mio|Mrd|Hrsg|zzgl|ebd)\.", re.IGNORECASE
)
PROTECTED_STOP = "\u2024"
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
VOWEL_GROUP = re.compile(r"[aeiouyäöüáàéèíóú]+")
# Editor markup inside text that is not read, e.g. footnote calls "[fn:agg-7]".
INLINE_MARKUP = re.compile(r"\[[a-z]+:[\w-]+\]")
BLOCK_END = re.compile(r"<(?:/p|/li|/h[1-6]|/blockquote|br\s*/?)>", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class TextStats:
    sentences: int
    words: int
    syllables: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    @property
    def flesch_amstad(self) -> float:
        """On Amstad's scale from 0 to 100; no text counts as easy."""
        if not self.words:
            return 100.0
        return min(100.0, max(0.0, 180 - self.words_per_sentence - 58.5 * self.syllables_per_word))


def text_sentences(text: str) -> list[str]:
    protected = ABBREVIATION.sub(lambda match: match.group(0)[:-1] + PROTECTED_STOP, text)
    parts = SENTENCE_END.split(INLINE_MARKUP.sub("", protected))
    return [part.replace(PROTECTED_STOP, ".").strip() for part in parts if WORD.search(part)]


def text_words(text: str) -> list[str]:
    return WORD.findall(text)


def word_syllables(word: str) -> int:
    return max(1, len(VOWEL_GROUP.findall(word.lower())))


def text_stats(texts: list[str]) -> TextStats:
    sentences = [sentence for text in texts for sentence in text_sentences(text)]
    words = [word for sentence in sentences for word in text_words(sentence)]
    return TextStats(sentences=len(sentences), words=len(words), syllables=sum(word_syllables(word) for word in words))


def html_paragraphs(source: str) -> list[str]:
    """The paragraphs and list items of rich text as plain text, one string each."""
    text = html.unescape(TAG.sub("", BLOCK_END.sub("\n", source)))
    return [line.strip() for line in text.split("\n") if line.strip()]
