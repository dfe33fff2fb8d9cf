"""Full-text matching of subprojects through Wagtail's search backend, the way
the catalogue matches its entries (``cms/catalogue/search.py``)."""

from django.db.models import QuerySet

from wagtail.search.backends import get_search_backend

from cms.models.subproject import Subproject
from cms.search import german

# Beyond this a non-database backend's matches are cut (ranked, so the best stay).
EXTERNAL_BACKEND_MATCHES_MAX = 1000


def subprojects_matching(*, q: str) -> tuple[QuerySet[Subproject], bool]:
    """The subprojects matching ``q`` and whether they are ranked; all of them
    when ``q`` has no searchable word."""
    words = german.query_words(q)
    subprojects = Subproject.objects.all()
    if not words:
        return subprojects, False
    results = (
        get_search_backend()
        .search(" ".join(words), subprojects, operator="and", order_by_relevance=True)
        .annotate_score("_score")
    )
    if hasattr(results, "get_queryset"):
        return results.get_queryset(), True
    ids = [subproject.pk for subproject in results[:EXTERNAL_BACKEND_MATCHES_MAX]]
    return Subproject.objects.filter(pk__in=ids), False
