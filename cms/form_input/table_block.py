"""A table block that refuses a posted table it cannot read instead of answering 500."""

import json

from wagtail.contrib.table_block.blocks import TableBlock

from .unreadable import UnreadableInput

UNREADABLE_TABLE_MESSAGE = (
    "Die Tabelle konnte nicht gelesen werden (die gesendeten Daten sind keine Tabelle). "
    "Gespeichert wurde nichts; bitte die Seite neu laden, dann erscheint die zuletzt gespeicherte Tabelle wieder."
)
_CELL_TYPES = (str, int, float, type(None))


def _is_table(value) -> bool:
    """What the table editor posts: an object whose ``data`` is rows of text or number cells."""
    if not isinstance(value, dict):
        return False
    rows = value.get("data")
    return isinstance(rows, list) and all(
        isinstance(row, list) and all(isinstance(cell, _CELL_TYPES) for cell in row) for row in rows
    )


class ReadableTableBlock(TableBlock):
    """Wagtail's ``TableBlock``, whose ``json.loads`` of the posted text raised on
    anything but JSON, and whose ``clean`` raised on JSON that is no object.

    Use it wherever a table block is needed. It deconstructs under its own
    class's path like any block; subclasses keep theirs, so swapping the base
    of an existing block changes no migration."""

    def value_from_form(self, value):
        try:
            table = json.loads(value)
        except (TypeError, ValueError, RecursionError):
            # TypeError: the field was missing from the post; RecursionError: JSON nested
            # deeper than the parser recurses.
            return UnreadableInput(message=UNREADABLE_TABLE_MESSAGE)
        if not _is_table(table):
            return UnreadableInput(message=UNREADABLE_TABLE_MESSAGE)
        return table

    def get_form_state(self, value):
        if isinstance(value, UnreadableInput):
            # A new table, as for a block just added; the stored one is untouched.
            return super().get_form_state(self.get_default())
        return super().get_form_state(value)

    def clean(self, value):
        if isinstance(value, UnreadableInput):
            raise value.error()
        return super().clean(value)
