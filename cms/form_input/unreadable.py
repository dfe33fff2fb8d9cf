"""The value a widget returns instead of raising when the posted data cannot be read."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError


@dataclass(frozen=True, eq=False)
class UnreadableInput:
    """Posted data that could not be read, with the editor's message.

    A widget cannot raise a ``ValidationError``: Django reads the widget's data
    again to show the form once more, and would then fail outside validation.
    So the widget returns this, and validation refuses it:

    - fields and blocks of this package check for it explicitly;
    - ``str()`` raises the error, because Django's ``CharField``, the form field
      of ``RichTextField`` and of ``RichTextBlock``, reads a posted value with
      ``str()`` first. The message so lands on that very field, next to the
      editor's other errors, without a subclass of every rich text field.

    ``form_state`` is what the widget shows when the form comes back; None
    means "what is stored" where the field knows it, else an empty input.
    """

    message: str
    form_state: object = None

    def error(self) -> ValidationError:
        return ValidationError(self.message, code="unreadable")

    def __str__(self) -> str:
        raise self.error()
