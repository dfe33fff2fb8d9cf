"""A word from a task to the person acting, shown once the editor has saved.

Wagtail calls ``Task.on_action`` without the request; the editor view calls
``after_edit_page`` right after it, where ``editor_hooks`` turns the note into
a message. The note rides on the user object of that request.
"""

NOTE_ATTRIBUTE = "_iq_review_notes"


def review_note_leave(*, user, note: str) -> None:
    user.__dict__.setdefault(NOTE_ATTRIBUTE, []).append(note)


def review_notes_take(*, user) -> list[str]:
    return user.__dict__.pop(NOTE_ATTRIBUTE, [])
