"""The readable text of a model instance, as its ``search_fields`` declare it.

Wagtail's backends each flatten field values themselves; the catalogue needs
the same text outside any backend (to analyse it, and to cut snippets from it).
"""

from django.utils.encoding import force_str

from wagtail.search import index

# Indexed elsewhere, or not text a reader searches for.
SKIPPED_FIELDS = frozenset({"title", "subtitle", "teaser"})


def searchable_texts(obj) -> list[str]:
    texts: list[str] = []
    for field in obj.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in SKIPPED_FIELDS:
            texts.extend(_flatten(field.get_value(obj)))
    return [text for text in texts if text.strip()]


def _flatten(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _flatten(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _flatten(item)]
    return [force_str(value)]
