"""What makes an alternative text acceptable (BITV 2.0 / WCAG 1.1.1)."""

from pathlib import PurePath

MISSING_ALT = "Bitte einen Alternativtext angeben: er beschreibt, was das Bild zeigt."
FILENAME_ALT = "Der Alternativtext darf nicht der Dateiname sein: bitte beschreiben, was das Bild zeigt."


def alt_text_problem(*, alt: str, image) -> str | None:
    """An editor-facing message if ``alt`` does not describe ``image``, else None."""
    alt = (alt or "").strip()
    if not alt:
        return MISSING_ALT
    filename = PurePath(image.file.name).name if image.file else ""
    names = {image.title.lower(), filename.lower(), PurePath(filename).stem.lower()}
    if alt.lower() in names:
        return FILENAME_ALT
    return None
