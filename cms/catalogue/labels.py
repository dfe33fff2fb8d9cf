"""The visible names of facet values that are the project's own vocabularies,
in the reader's language.

An entry stores its facet labels in German when it is indexed (``indexing.py``),
and the value, not the label, is what a URL carries, so a filter link means the
same in every language. Types, languages and Bundesländer are fixed choices, so
their name is looked up by value when a page is rendered; topics, publishers and
networks are reference data, whose rows carry their own translation.
"""

from django.utils.translation import gettext_lazy as _

from cms.choices import Bundesland

# Keyed by the ``typ`` value, the slug of the model's plural name; the admin keeps
# the models' German verbose names. Brand names (IQ Fact Sheets, …) stay as they are.
TYPE_LABELS = {
    "themendossiers": _("Themendossiers"),
    "ausgaben-iq-konkret": _("Ausgaben IQ konkret"),
}
# The same msgids as the language switcher's (cms/templatetags/edition_tags.py).
LANGUAGE_NAMES = {"de": _("Deutsch"), "en": _("Englisch")}
# A card's type: the singular ``publication_type_label`` the entry stores.
TYPE_NAMES = {"Themendossier": _("Themendossier")}


def facet_value_label(param: str, value: str, label: str) -> str:
    """The name of ``value`` of facet ``param``; ``label`` is the one the entry stored."""
    if param == "typ":
        return str(TYPE_LABELS.get(value, label))
    if param == "sprache":
        return str(LANGUAGE_NAMES.get(value, label))
    if param == "netzwerk" and value.startswith("land-") and value[5:].upper() in Bundesland.values:
        return str(Bundesland(value[5:].upper()).label)
    return label


def type_name(label: str) -> str:
    """A card's or a mail's publication type in the reader's language."""
    return str(TYPE_NAMES.get(label, label))
