"""The committed English catalogue: complete, and its .mo compiled from its .po."""

from pathlib import Path

import polib

MESSAGES = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES"


def test_every_string_has_an_english_text():
    po = polib.pofile(str(MESSAGES / "django.po"))
    assert not po.metadata_is_fuzzy, "a fuzzy header leaves the .mo without its charset"
    assert [entry.msgid for entry in po if not entry.msgstr or "fuzzy" in entry.flags] == []


def test_the_mo_file_is_compiled_from_the_po_file():
    """After editing the .po, run `make messages` and commit both."""
    po = {entry.msgid: entry.msgstr for entry in polib.pofile(str(MESSAGES / "django.po")) if entry.msgstr}
    mo = {entry.msgid: entry.msgstr for entry in polib.mofile(str(MESSAGES / "django.mo")) if entry.msgid}
    assert mo == po
