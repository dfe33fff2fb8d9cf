"""Full-text matching through Wagtail's search backend.

The backend (``WAGTAILSEARCH_BACKENDS``) does the matching and ranking; the
catalogue only hands it the analysed words (``cms/search/german.py``) and
keeps the result as a queryset it can filter by facets and count. Wagtail's
database backends (SQLite, PostgreSQL) return such a queryset themselves;
for any other backend (OpenSearch, Elasticsearch) the best matches are
fetched as ids, which is what those backends are built for.
"""

from django.db.models import QuerySet

from wagtail.search.backends import get_search_backend

from cms.models.catalogue_entry import CatalogueEntry
from cms.search.languages import analysis_for

# Beyond this a non-database backend's matches are cut (ranked, so the best stay).
EXTERNAL_BACKEND_MATCHES_MAX = 1000
SCORE = "_score"


def entries_matching(*, q: str, language: str = "") -> tuple[QuerySet[CatalogueEntry], bool]:
    """The entries matching ``q``, read as ``language`` (German when empty), and
    whether they carry a relevance score; all entries when ``q`` has no searchable word."""
    words = analysis_for(language).query_words(q)
    entries = CatalogueEntry.objects.all()
    if not words:
        return entries, False
    results = (
        get_search_backend()
        .search(" ".join(words), entries, operator="and", order_by_relevance=True)
        .annotate_score(SCORE)
    )
    if hasattr(results, "get_queryset"):
        return results.get_queryset(), True
    ids = [entry.pk for entry in results[:EXTERNAL_BACKEND_MATCHES_MAX]]
    return CatalogueEntry.objects.filter(pk__in=ids), False
