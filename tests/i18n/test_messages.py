"""The committed English catalogue: complete, and its .mo compiled from its .po."""

from pathlib import Path

import polib

MESSAGES = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES"


def _english(entry: polib.POEntry | polib.MOEntry) -> tuple[str, ...]:
    """The English text(s) of ``entry``: one, or one per plural form; empty while any is missing."""
    if entry.msgid_plural:
        texts = tuple(text for _, text in sorted(entry.msgstr_plural.items()))
        return texts if texts and all(texts) else ()
    return (entry.msgstr,) if entry.msgstr else ()


def test_every_string_has_an_english_text():
    po = polib.pofile(str(MESSAGES / "django.po"))
    assert not po.metadata_is_fuzzy, "a fuzzy header leaves the .mo without its charset"
    assert [entry.msgid for entry in po if not _english(entry) or "fuzzy" in entry.flags] == []


def test_the_mo_file_is_compiled_from_the_po_file():
    """After editing the .po, run `make messages` and commit both."""
    # Keyed with the context too: "Impressum" is the site's legal notice and, in context "Heft", a magazine's imprint.
    po = {
        (entry.msgctxt, entry.msgid): _english(entry)
        for entry in polib.pofile(str(MESSAGES / "django.po"))
        if _english(entry)
    }
    mo = {
        (entry.msgctxt, entry.msgid): _english(entry)
        for entry in polib.mofile(str(MESSAGES / "django.mo"))
        if entry.msgid
    }
    assert mo == po
