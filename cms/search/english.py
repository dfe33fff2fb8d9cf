"""English text analysis for the English editions, beside ``german.py``.

The same folding and words as German, stemmed with the Snowball English
stemmer: „counselling“ finds „counsel“. English is always stemmed in Python,
on every backend: PostgreSQL has one text search configuration per backend
(``german``), which cannot stem English. It then treats the English stems the
same way when indexing and when querying, so they still match (docs/decisions.md).

An English entry is indexed with its German analysis too, so a search typed on
a German page with the English filter still finds it.
"""

from functools import lru_cache

from django.conf import settings

import snowballstemmer

from . import german

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def index_text(text: str) -> str:
    """What a search backend indexes for the English ``text``."""
    return " ".join(stem(word) for word in german.words(text)) + "\n" + german.index_text(text)


def query_words(query: str) -> list[str]:
    """A query typed on an English page, as the backend must receive it."""
    folded = list(dict.fromkeys(german.words(query)))[: settings.IQ_SEARCH_MAX_TERMS]
    return list(dict.fromkeys(stem(word) for word in folded))


def query_stems(query: str) -> set[str]:
    """The stems a result's text is highlighted with."""
    return {stem(word) for word in german.words(query)[: settings.IQ_SEARCH_MAX_TERMS]}
