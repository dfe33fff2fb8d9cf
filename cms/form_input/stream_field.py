"""StreamFields in every admin form: posted data without its structure is a German
error at the field, and the form comes back with what is stored.

Wagtail's StreamBlock and ListBlock read their ``-count``, ``-type``, ``-order``
and ``-deleted`` keys with ``data[...]`` and ``int()``: a revert posted without
its form (``POST /admin/pages/<id>/edit/`` with only ``revision=<id>``) or with
part of it answered 500 with a KeyError.
"""

from wagtail.admin.forms.models import register_form_field_override
from wagtail.blocks.base import BlockField, BlockWidget
from wagtail.fields import StreamField

from .unreadable import UnreadableInput

INCOMPLETE_STREAM_MESSAGE = (
    "Dieser Inhalt kam unvollständig an: Teile des Formulars fehlen in den gesendeten Daten. "
    "Gespeichert wurde nichts; das Feld zeigt wieder den gespeicherten Stand. "
    "Bitte die Seite neu laden und die Änderung wiederholen."
)


class ReadableBlockWidget(BlockWidget):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (KeyError, ValueError):
            # A missing key (MultiValueDictKeyError) or a count or order that is no number:
            # the structure of the post is broken, not a value an editor wrote.
            return UnreadableInput(message=INCOMPLETE_STREAM_MESSAGE)


class ReadableBlockField(BlockField):
    """Wagtail's ``BlockField``, for a widget that may return ``UnreadableInput``."""

    def __init__(self, block=None, **kwargs):
        if block is not None and "widget" not in kwargs:
            kwargs["widget"] = ReadableBlockWidget(block)
        super().__init__(block=block, **kwargs)

    def bound_data(self, data, initial):
        # Django shows the posted value again; there is none to show, so the stored one.
        if isinstance(data, UnreadableInput):
            return initial
        return super().bound_data(data, initial)

    def clean(self, value):
        if isinstance(value, UnreadableInput):
            raise value.error()
        return super().clean(value)

    def has_changed(self, initial_value, data_value):
        if isinstance(data_value, UnreadableInput):
            return True
        return super().has_changed(initial_value, data_value)


def stream_field_form_field_register() -> None:
    """Every admin model form (pages, snippets, settings) builds its StreamFields with ``ReadableBlockField``."""
    register_form_field_override(StreamField, override={"form_class": ReadableBlockField})
