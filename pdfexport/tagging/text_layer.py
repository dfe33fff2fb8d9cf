"""The text a PDF reader extracts, copies and searches (ToUnicode CMaps).

IQ Sans draws U+002D and U+2010 with one glyph, and WeasyPrint writes one
ToUnicode entry per glyph: once a text held U+2010 every hyphen of that font
extracted as U+2010, and "Sachsen‐Anhalt" could not be found. That glyph's
entry is corrected to U+002D here (an editor's typed U+2010 then reads as
U+002D, too).

The hyphen a line break adds is a glyph of its own (U+E0AD, private use:
``font_break_hyphen.py``, ``hyphenate-character`` in print.css). It is mapped
to the soft hyphen U+00AD, which marks a hyphen that is not part of the word
(PDF 32000-1, 14.8.2.2.3): "innova-/tiv" then reads as "innovativ", while a
typed hyphen at a line end stays a hyphen.
"""

import re

import pikepdf

_HYPHEN_ENTRY = re.compile(rb"(<[0-9a-fA-F]{2,4}>\s*)<2010>")
_BREAK_HYPHEN_ENTRY = re.compile(rb"(<[0-9a-fA-F]{2,4}>\s*)<[eE]0[aA][dD]>")
_BFCHAR = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>")
_BFRANGE = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])")


def hyphens_repair(pdf: pikepdf.Pdf) -> None:
    """Map every glyph that extracts as U+2010 to U+002D, the character readers search
    for, and the line-break hyphen to U+00AD."""
    for cmap in _to_unicode_streams(pdf):
        data = cmap.read_bytes()
        repaired = _BREAK_HYPHEN_ENTRY.sub(rb"\g<1><00ad>", _HYPHEN_ENTRY.sub(rb"\g<1><002d>", data))
        if repaired != data:
            cmap.write(repaired)


def _to_unicode_streams(pdf: pikepdf.Pdf) -> list[pikepdf.Stream]:
    found: dict[tuple[int, int], pikepdf.Stream] = {}
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name.Font:
            cmap = obj.get("/ToUnicode")
            if isinstance(cmap, pikepdf.Stream):
                found[cmap.objgen] = cmap
    return [found[key] for key in sorted(found)]


def to_unicode_map(cmap: pikepdf.Stream) -> dict[int, str]:
    """Character code → text, from the ``bfchar`` and ``bfrange`` sections of a ToUnicode CMap."""
    data = cmap.read_bytes()
    mapping: dict[int, str] = {}
    for section in re.findall(rb"beginbfchar(.*?)endbfchar", data, flags=re.S):
        for code, text in _BFCHAR.findall(section):
            mapping[int(code, 16)] = _utf16(text)
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", data, flags=re.S):
        for start, end, target in _BFRANGE.findall(section):
            first, last = int(start, 16), int(end, 16)
            if target.startswith(b"["):
                for offset, text in enumerate(re.findall(rb"<([0-9a-fA-F]+)>", target)):
                    mapping[first + offset] = _utf16(text)
            else:
                base = int(target[1:-1], 16)
                for offset in range(min(last - first, 0xFFFF) + 1):
                    mapping[first + offset] = chr(base + offset) if base + offset < 0x110000 else ""
    return mapping


def _utf16(hex_text: bytes) -> str:
    try:
        return bytes.fromhex(hex_text.decode()).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return ""
