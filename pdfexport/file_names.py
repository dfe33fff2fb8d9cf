"""Readable PDF file names: "IQ-konkret-1-2024.pdf", not "iq-konkret_iq-konkret-12024.pdf".

A name is words joined by dashes, with their capitals kept and umlauts spelled
out (ä → ae, ß → ss), since "ländlich" must not become "landlich". The scheme
for each type of publication is in docs/pdf-engine.md ("Dateinamen").
"""

import re
import unicodedata

# Spelled out, not stripped: NFKD would turn "ä" into "a".
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"})
_NOT_A_WORD = re.compile(r"[^A-Za-z0-9]+")
# Long titles are cut at a word: some systems refuse paths much beyond 255 characters.
STEM_MAX = 150


def file_name_words(text: str) -> list[str]:
    """The words of ``text`` as they may stand in a file name: ASCII letters and digits.

    Everything else separates words, so "1/2024" gives "1", "2024" and
    "2023–2025" gives "2023", "2025"; other accents are dropped ("é" → "e").
    """
    # NFC first: an "ä" typed as "a" plus a combining mark must be spelled out as well.
    spelled = unicodedata.normalize("NFKD", unicodedata.normalize("NFC", text).translate(_GERMAN))
    # Accents go; any other character (a dash "–", a quote) separates words rather than joining them.
    ascii_text = "".join(char if char.isascii() else " " for char in spelled if not unicodedata.combining(char))
    return [word for word in _NOT_A_WORD.split(ascii_text) if word]


def file_name_stem(*, prefix: str, title: str, extra: tuple[str, ...] = ()) -> str:
    """``prefix`` (the type label, an issue), then ``title`` and ``extra``, joined by dashes.

    Words at the start of the title that repeat the start of the prefix are
    left out: "IQ konkret" and "IQ konkret 1/2024" give "IQ-konkret-1-2024",
    "IQ Fact Sheet" and "IQ Beratung 2023" give "IQ-Fact-Sheet-Beratung-2023".
    """
    head = file_name_words(prefix)
    words = file_name_words(title)
    shared = 0
    while shared < min(len(head), len(words)) and head[shared].lower() == words[shared].lower():
        shared += 1
    words = head + words[shared:]
    for part in extra:
        words += file_name_words(part)
    stem = "-".join(words)
    if len(stem) > STEM_MAX:
        stem = stem[: STEM_MAX + 1].rsplit("-", 1)[0]
    return stem or "Publikation"
