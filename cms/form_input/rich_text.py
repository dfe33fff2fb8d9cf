"""The rich text editor's widget, refusing posted text it cannot read or that nests too deep.

Draftail posts its content as JSON (contentstate) and Wagtail turns it into HTML
with draftjs_exporter, which recurses once per list level: a list nested 3,000
deep answered 500 (RecursionError), and text that was not JSON at all, such as
HTML posted directly, answered 500 (JSONDecodeError). Configured as the default
editor in ``WAGTAILADMIN_RICH_TEXT_EDITORS``, so it serves ``RichTextField`` and
``RichTextBlock`` alike.
"""

import json

from wagtail.admin.rich_text import DraftailRichTextArea

from cms.rich_text_nesting import MAX_LIST_LEVELS, TOO_DEEP_MESSAGE

from .unreadable import UnreadableInput

UNREADABLE_TEXT_MESSAGE = (
    "Der Text konnte nicht gelesen werden (die gesendeten Daten kommen nicht aus dem Editor). "
    "Gespeichert wurde nichts; bitte die Seite neu laden und die Änderung wiederholen."
)


def _blocks(contentstate) -> list[dict] | None:
    """The blocks of posted contentstate, or None if it has not the editor's shape."""
    if contentstate is None:
        return []  # Draftail posts ``null`` for a field left empty
    if not isinstance(contentstate, dict) or not isinstance(contentstate.get("entityMap", {}), dict):
        return None
    blocks = contentstate.get("blocks", [])
    if not isinstance(blocks, list) or not all(
        isinstance(block, dict) and isinstance(depth := block.get("depth", 0), int) and depth >= 0 for block in blocks
    ):
        return None
    return blocks


class BoundedDraftailRichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        posted = data.get(name)
        if posted is None:
            return None  # as Wagtail's widget: a field that was not posted
        try:
            contentstate = json.loads(posted)
        except (TypeError, ValueError, RecursionError):
            return UnreadableInput(message=UNREADABLE_TEXT_MESSAGE)
        blocks = _blocks(contentstate)
        if blocks is None:
            return UnreadableInput(message=UNREADABLE_TEXT_MESSAGE)
        if any(block.get("depth", 0) >= MAX_LIST_LEVELS for block in blocks):
            # The editor gets the text back with the deeper points at the deepest level allowed.
            for block in blocks:
                block["depth"] = min(block.get("depth", 0), MAX_LIST_LEVELS - 1)
            return UnreadableInput(message=TOO_DEEP_MESSAGE, form_state=json.dumps(contentstate))
        try:
            return self.converter.to_database_format(posted)
        except (KeyError, TypeError, ValueError, AttributeError):
            # Contentstate of the right outline with wrong parts (an entity range naming no entity,
            # a style that is no text): draftjs_exporter fails on what the editor never writes.
            return UnreadableInput(message=UNREADABLE_TEXT_MESSAGE)

    def format_value(self, value):
        if isinstance(value, UnreadableInput):
            return value.form_state if value.form_state is not None else super().format_value("")
        return super().format_value(value)
