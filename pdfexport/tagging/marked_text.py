"""The text inside each marked-content sequence of a page, by MCID.

Links need a description a screen reader can announce (``/Contents``); the
only place the rendered PDF has the link text is its content stream.
"""

from collections.abc import Iterator, Set

import pikepdf

from .text_layer import to_unicode_map

_ARTIFACT = pikepdf.Name.Artifact
_OPERATORS = "BDC BMC EMC Tf Tj TJ ' \""


def page_marked_texts_of(
    *, pdf: pikepdf.Pdf, wanted: dict[tuple[int, int], set[int]]
) -> dict[tuple[int, int], dict[int, str]]:
    """The text of the ``wanted`` MCIDs of each page, by page object id; other pages are not read."""
    return {
        page.obj.objgen: page_marked_texts(page=page, mcids=wanted[page.obj.objgen])
        for page in pdf.pages
        if page.obj.objgen in wanted
    }


def page_marked_texts(*, page: pikepdf.Page, mcids: Set[int] | None = None) -> dict[int, str]:
    """The text of each MCID on ``page``; with ``mcids``, of those only (the others are not decoded)."""
    texts: dict[int, list[str]] = {}
    for mcid, _artifact, text in _text_runs(page, wanted=mcids):
        if mcid is not None:
            texts.setdefault(mcid, []).append(text)
    return {mcid: "".join(parts) for mcid, parts in texts.items()}


def page_artifact_text(*, page: pikepdf.Page) -> str:
    """The text a reader skips on ``page`` (in ``/Artifact`` sequences), runs joined by spaces."""
    return " ".join(text for _mcid, artifact, text in _text_runs(page) if artifact)


def _text_runs(page: pikepdf.Page, *, wanted: Set[int] | None = None) -> Iterator[tuple[int | None, bool, str]]:
    """(innermost MCID, inside an artifact, text) of each text-showing operator; with
    ``wanted``, only of those inside one of the ``wanted`` MCIDs."""
    resources = page.obj.get("/Resources", pikepdf.Dictionary())
    fonts = resources.get("/Font", pikepdf.Dictionary())
    maps: dict[str, tuple[dict[int, str], int]] = {}
    open_marks: list[tuple[int | None, bool]] = []
    width = 1
    mapping = _CodeTable()
    # Only the operators read here: pikepdf then builds no Python objects for the rest.
    for operands, operator in pikepdf.parse_content_stream(page, _OPERATORS):
        op = str(operator)
        if op in ("BDC", "BMC"):
            props = operands[1] if op == "BDC" and len(operands) > 1 else None
            mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
            open_marks.append((int(mcid) if mcid is not None else None, operands[0] == _ARTIFACT))
        elif op == "EMC":
            if open_marks:
                open_marks.pop()
        elif op == "Tf":
            name = str(operands[0])
            if name not in maps:
                maps[name] = _font_map(fonts.get(name))
            mapping, width = maps[name]
        elif op in ("Tj", "TJ", "'", '"'):
            current = next((mcid for mcid, _ in reversed(open_marks) if mcid is not None), None)
            if wanted is not None and current not in wanted:
                continue
            artifact = any(flag for _, flag in open_marks)
            strings = operands[-1] if op == "TJ" else [operands[-1]]
            text = "".join(_decode(bytes(item), mapping, width) for item in strings if isinstance(item, pikepdf.String))
            yield current, artifact, text


class _CodeTable(dict):
    """Character code → text for ``str.translate``; a code without text drops out."""

    def __missing__(self, code: int) -> None:
        return None


def _font_map(font: pikepdf.Object | None) -> tuple[_CodeTable, int]:
    if not isinstance(font, pikepdf.Dictionary):
        return _CodeTable(), 1
    width = 2 if font.get("/Subtype") == pikepdf.Name.Type0 else 1
    cmap = font.get("/ToUnicode")
    return _CodeTable(to_unicode_map(cmap) if isinstance(cmap, pikepdf.Stream) else {}), width


def _decode(data: bytes, mapping: _CodeTable, width: int) -> str:
    # Each code read as one character (two-byte codes as UTF-16 units, surrogates kept),
    # then mapped in C: a dossier's link texts took a fifth of a second code by code.
    if width == 1:
        return data.decode("latin-1").translate(mapping)
    codes = data[: len(data) // 2 * 2].decode("utf-16-be", errors="surrogatepass")
    if len(codes) * 2 != len(data) // 2 * 2:  # a surrogate pair became one character: go code by code
        codes = "".join(chr(int.from_bytes(data[index : index + 2], "big")) for index in range(0, len(data) - 1, 2))
    return codes.translate(mapping)
