"""Checks that footnote markers and footnotes match, with errors placed on the
block an editor has to change (and summarised above the chapter and footnote lists)."""

from collections import defaultdict

from django.core.exceptions import ValidationError

from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from .footnotes import MARKER_ATTEMPT_RE, body_rich_text, malformed_markers, marker_keys

EXAMPLE = "[fn:agg-22]"


def _missing(key: str) -> str:
    return (
        f"Zur Markierung [fn:{key}] gibt es keine Fußnote. Bitte unter „Fußnoten“ eine Fußnote mit der "
        f"Kennung „{key}“ anlegen oder die Markierung löschen."
    )


def _repeated(key: str) -> str:
    return (
        f"Die Fußnote [fn:{key}] ist mehrfach markiert. Jede Fußnote steht nur an einer Stelle; "
        "für eine weitere Stelle bitte eine eigene Fußnote anlegen."
    )


def _malformed(attempt: str) -> str:
    return (
        f"Die Fußnotenmarkierung „{attempt}“ ist unvollständig oder formatiert. Richtig ist z. B. {EXAMPLE}: "
        "eckige Klammern, „fn:“ und die Kennung, ohne Leerzeichen, Fett- oder Kursivschrift."
    )


PLACE_NOT_ALLOWED = (
    "Fußnoten sind nur in Absätzen und Infoboxen des Kapiteltexts möglich. Bitte die Markierung "
    "in den Absatz davor oder danach setzen."
)


def _unused(key: str) -> str:
    return (
        f"Die Fußnote „{key}“ wird im Text nicht verwendet. Bitte [fn:{key}] an der Stelle im Kapiteltext "
        "einfügen, auf die sie sich bezieht, oder die Fußnote löschen."
    )


def _duplicate_key(key: str) -> str:
    return f"Die Kennung „{key}“ ist mehrfach vergeben. Jede Fußnote braucht eine eigene Kennung."


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    return []


def dossier_footnote_errors(*, chapters, footnotes, abstract: str = "") -> dict[str, ValidationError]:
    """Model-field errors (``chapters``, ``footnotes``, ``abstract``); empty when markers and notes match."""
    defined: dict[str, int] = {}
    footnote_errors: dict[int, str] = {}
    for index, block in enumerate(footnotes or []):
        key = block.value.normalised_key()
        if key in defined:
            footnote_errors[index] = _duplicate_key(key)
        else:
            defined[key] = index

    used: set[str] = set()
    body_errors: dict[int, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    title_errors: dict[int, str] = {}
    summary: list[str] = []
    for chapter_index, chapter in enumerate(chapters or []):
        place = f"Kapitel {chapter_index + 1} „{chapter.value.get('title', '')}“"
        if MARKER_ATTEMPT_RE.search(chapter.value.get("title") or ""):
            title_errors[chapter_index] = PLACE_NOT_ALLOWED
            summary.append(f"{place}, Überschrift: {PLACE_NOT_ALLOWED}")
        for body_index, child in enumerate(chapter.value.get("body") or []):
            source = body_rich_text(child)
            messages = body_errors[chapter_index][body_index]
            if source is None:
                if any(MARKER_ATTEMPT_RE.search(text) for text in _strings(child.value)):
                    messages.append(PLACE_NOT_ALLOWED)
            else:
                messages += [_malformed(attempt) for attempt in malformed_markers(source)]
                for key in marker_keys(source):
                    if key not in defined:
                        messages.append(_missing(key))
                    elif key in used:
                        messages.append(_repeated(key))
                    used.add(key)
            summary += [f"{place}: {message}" for message in messages]

    for key, index in defined.items():
        if key not in used:
            footnote_errors[index] = _unused(key)

    errors: dict[str, ValidationError] = {}
    if summary:
        chapter_errors = {}
        for chapter_index, chapter in enumerate(chapters):
            error = _chapter_error(chapter, body_errors[chapter_index], title_errors.get(chapter_index))
            if error is not None:
                chapter_errors[chapter_index] = error
        errors["chapters"] = StreamBlockValidationError(block_errors=chapter_errors, non_block_errors=summary)
    if footnote_errors:
        errors["footnotes"] = StreamBlockValidationError(
            block_errors={
                index: StructBlockValidationError({"key": ValidationError(message)})
                for index, message in sorted(footnote_errors.items())
            },
            non_block_errors=[message for _, message in sorted(footnote_errors.items())],
        )
    if MARKER_ATTEMPT_RE.search(abstract or ""):
        errors["abstract"] = ValidationError(
            "Die Zusammenfassung kann keine Fußnoten haben. Bitte die Markierung in den Kapiteltext verschieben."
        )
    return errors


def _chapter_error(chapter, body: dict[int, list[str]], title_error: str | None) -> ValidationError | None:
    child_errors: dict[int, ValidationError] = {}
    for body_index, messages in body.items():
        if not messages:
            continue
        error = ValidationError(messages)
        if chapter.value["body"][body_index].block_type == "info_box":
            error = StructBlockValidationError({"body": error})
        child_errors[body_index] = error
    block_errors: dict[str, ValidationError] = {}
    if child_errors:
        block_errors["body"] = StreamBlockValidationError(block_errors=child_errors)
    if title_error:
        block_errors["title"] = ValidationError(title_error)
    return StructBlockValidationError(block_errors) if block_errors else None
