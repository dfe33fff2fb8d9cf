"""The text inside each marked-content sequence of a page, by MCID.

Links need a description a screen reader can announce (``/Contents``); the
only place the rendered PDF has the link text is its content stream.
"""

from collections.abc import Iterator

import pikepdf

from .text_layer import to_unicode_map

_ARTIFACT = pikepdf.Name.Artifact


def page_marked_texts(*, page: pikepdf.Page) -> dict[int, str]:
    texts: dict[int, list[str]] = {}
    for mcid, _artifact, text in _text_runs(page):
        if mcid is not None:
            texts.setdefault(mcid, []).append(text)
    return {mcid: "".join(parts) for mcid, parts in texts.items()}


def page_artifact_text(*, page: pikepdf.Page) -> str:
    """The text a reader skips on ``page`` (in ``/Artifact`` sequences), runs joined by spaces."""
    return " ".join(text for _mcid, artifact, text in _text_runs(page) if artifact)


def _text_runs(page: pikepdf.Page) -> Iterator[tuple[int | None, bool, str]]:
    """(innermost MCID, inside an artifact, text) of each text-showing operator."""
    resources = page.obj.get("/Resources", pikepdf.Dictionary())
    fonts = resources.get("/Font", pikepdf.Dictionary())
    maps: dict[str, tuple[dict[int, str], int]] = {}
    open_marks: list[tuple[int | None, bool]] = []
    width = 1
    mapping: dict[int, str] = {}
    for operands, operator in pikepdf.parse_content_stream(page):
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
            artifact = any(flag for _, flag in open_marks)
            strings = operands[-1] if op == "TJ" else [operands[-1]]
            text = "".join(_decode(bytes(item), mapping, width) for item in strings if isinstance(item, pikepdf.String))
            yield current, artifact, text


def _font_map(font: pikepdf.Object | None) -> tuple[dict[int, str], int]:
    if not isinstance(font, pikepdf.Dictionary):
        return {}, 1
    width = 2 if font.get("/Subtype") == pikepdf.Name.Type0 else 1
    cmap = font.get("/ToUnicode")
    return (to_unicode_map(cmap) if isinstance(cmap, pikepdf.Stream) else {}), width


def _decode(data: bytes, mapping: dict[int, str], width: int) -> str:
    codes = (int.from_bytes(data[index : index + width], "big") for index in range(0, len(data), width))
    return "".join(mapping.get(code, "") for code in codes)
