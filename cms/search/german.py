"""German text analysis shared by indexing, querying and highlighting.

Two steps, applied identically to what is indexed and to what readers type:

* *folding*: lower case, and ``ä ö ü ß`` written as ``ae oe ue ss``, so that
  „Prüfung“ and „Pruefung“ are the same word to every search backend;
* *stemming* with the Snowball German stemmer, so that „Beratungen“ finds
  „Beratung“. PostgreSQL stems itself (the ``german`` text search
  configuration); a backend that cannot stem German, such as SQLite's FTS5,
  is given stemmed text instead (``IQ_SEARCH_STEM_IN_PYTHON``).
"""

import re
from functools import lru_cache

from django.conf import settings

import snowballstemmer

FOLDING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
# Letters and digits, with inner hyphens kept apart: „IQ-Netzwerk“ is two words.
WORD = re.compile(r"\w+", re.UNICODE)
WORD_MAX_LENGTH = 40

_stemmer = snowballstemmer.stemmer("german")


def fold(text: str) -> str:
    return text.lower().translate(FOLDING)


def words(text: str) -> list[str]:
    """The folded words of ``text``; underscores and stray digits-only noise stay words."""
    return [word for word in WORD.findall(fold(text).replace("_", " ")) if len(word) <= WORD_MAX_LENGTH]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def stem_in_python() -> bool:
    return getattr(settings, "IQ_SEARCH_STEM_IN_PYTHON", False)


def index_text(text: str) -> str:
    """What a search backend indexes for ``text``."""
    folded = words(text)
    if stem_in_python():
        folded = [stem(word) for word in folded]
    return " ".join(folded)


def query_words(query: str) -> list[str]:
    """The words of a reader's query, as the backend must receive them; empty
    when nothing searchable is left (only punctuation, say)."""
    # Listings refuse longer queries (cms/search/limits.py); a caller that skipped
    # that check still hands the backend no more words than the limit.
    folded = list(dict.fromkeys(words(query)))[: settings.IQ_SEARCH_MAX_TERMS]
    if stem_in_python():
        folded = [stem(word) for word in folded]
    return folded


def query_stems(query: str) -> set[str]:
    """The stems a result's text is highlighted with, whatever the backend."""
    return {stem(word) for word in words(query)[: settings.IQ_SEARCH_MAX_TERMS]}
