"""Help for a search that found nothing: a spelling the catalogue knows.

The vocabulary is the words of all titles, teasers and facet labels, built
once and kept in the cache until an entry changes (its key holds the newest
entry's time), so an empty result costs one query and a lookup, not a scan.
"""

import difflib
import re

from django.core.cache import cache
from django.db.models import Max

from cms.models.catalogue_entry import CatalogueEntry, CatalogueFacetValue
from cms.search import german

CACHE_SECONDS = 24 * 3600
WORD_MIN_LENGTH = 4
WORD = re.compile(r"\w+", re.UNICODE)


def spelling_suggestion(*, q: str) -> str | None:
    """``q`` with each unknown word replaced by the closest known one, or None."""
    typed = german.words(q)
    if not typed:
        return None
    vocabulary = _vocabulary()
    folded = list(vocabulary)
    suggested, changed = [], False
    for word in typed:
        if word in vocabulary or len(word) < WORD_MIN_LENGTH:
            suggested.append(vocabulary.get(word, word))
            continue
        close = difflib.get_close_matches(word, folded, n=1, cutoff=0.75)
        suggested.append(vocabulary[close[0]] if close else word)
        changed = changed or bool(close)
    return " ".join(suggested) if changed else None


def _vocabulary() -> dict[str, str]:
    """Folded word → the word as the catalogue writes it (with umlauts)."""
    newest = CatalogueEntry.objects.aggregate(newest=Max("updated_at"))["newest"]
    key = f"catalogue-vocabulary:{newest.timestamp() if newest else 0}"
    vocabulary = cache.get(key)
    if vocabulary is None:
        texts = [f"{title} {teaser}" for title, teaser in CatalogueEntry.objects.values_list("title", "teaser")]
        texts += CatalogueFacetValue.objects.values_list("label", flat=True).distinct()
        vocabulary = {}
        for text in texts:
            for word in WORD.findall(text):
                if len(word) >= WORD_MIN_LENGTH and not word.isdigit():
                    vocabulary.setdefault(german.fold(word), word)
        cache.set(key, vocabulary, CACHE_SECONDS)
    return vocabulary
