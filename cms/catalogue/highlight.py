"""Snippets of a result's text around the words a reader searched for.

Matching is by stem, as the search was: a search for „Beratungen“ marks
„Beratung“ and „beraten“ alike. Done in Python on the page's twenty results,
so it is the same on every search backend.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from cms.search import german
from cms.search.languages import analysis_for

WORD = re.compile(r"\w+", re.UNICODE)
CONTEXT_WORDS = 14


def highlighted(text: str, *, stems: set[str], language: str = "") -> SafeString:
    """``text`` with every matching word in ``<mark>``, escaped otherwise; ``language``
    is the query's, whose stemmer made ``stems`` (German when empty)."""
    stem = analysis_for(language).stem
    return mark_safe(_marked(text, stems=stems, start=0, end=len(text), stem=stem))  # noqa: S308 - escaped piecewise


def snippet(text: str, *, stems: set[str], language: str = "") -> SafeString | None:
    """About thirty words around the first match, or None without a match."""
    if not stems:
        return None
    stem = analysis_for(language).stem
    words = list(WORD.finditer(text))
    for position, word in enumerate(words):
        if _matches(word.group(), stems, stem=stem):
            first = words[max(0, position - CONTEXT_WORDS)]
            last = words[min(len(words) - 1, position + CONTEXT_WORDS)]
            start, end = first.start(), last.end()
            prefix = "… " if start > 0 else ""
            suffix = " …" if end < len(text) else ""
            body = _marked(text, stems=stems, start=start, end=end, stem=stem)
            return mark_safe(prefix + body + suffix)  # noqa: S308 - escaped piecewise
    return None


def _matches(word: str, stems: set[str], *, stem) -> bool:
    return any(stem(folded) in stems for folded in german.words(word))


def _marked(text: str, *, stems: set[str], start: int, end: int, stem) -> str:
    parts: list[str] = []
    cursor = start
    for word in WORD.finditer(text, start, end):
        if _matches(word.group(), stems, stem=stem):
            parts.append(escape(text[cursor : word.start()]))
            parts.append(f"<mark>{escape(word.group())}</mark>")
            cursor = word.end()
    parts.append(escape(text[cursor:end]))
    return "".join(parts)
