"""Charts as accessible, deterministic SVG, drawn once per data and reused on the
web page and in the PDF.

``chart_svg`` is pure: the same arguments give byte-identical SVG, so a chart
never makes a re-rendered PDF differ. It draws through ``drawing``
(matplotlib, one figure at a time) and caches the result per chart data. The
SVG keeps its text as ``<text>`` in "IQ Sans", so labels stay searchable,
selectable and extractable from the PDF.
"""

import re
import threading
import xml.etree.ElementTree as ET  # parses only matplotlib's own output
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from .drawing import ChartSpec, chart_draw

CHART_TYPES = {
    "bar": "Balkendiagramm (waagerecht)",
    "column": "Säulendiagramm",
    "line": "Liniendiagramm",
    "pie": "Kreisdiagramm",
}

_FONT_STACK = "'IQ Sans', 'Source Sans 3', 'DejaVu Sans', sans-serif"

_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_NS = "http://www.w3.org/1999/xlink"

_render_lock = threading.Lock()


def chart_svg(
    *,
    chart_type: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal | float | int]]],
    caption: str,
    description: str,
    unit: str = "",
    language: str = "de",
) -> str:
    """An inline ``<svg role="img">`` with ``<title>`` ("caption: text alternative",
    the accessible name and the PDF's /Alt) and ``<desc>`` (the text alternative),
    ready for HTML and WeasyPrint.

    ``series`` is a sequence of ``(name, values)`` with one value per category.
    ``unit`` (e.g. "%") follows every number on labels and the value axis;
    ``language`` ("de", "en") decides how those numbers are written.
    """
    if chart_type not in CHART_TYPES:
        raise ValueError(f"Unknown chart type {chart_type!r}; expected one of {sorted(CHART_TYPES)}.")
    categories = tuple(str(category) for category in categories)
    if not categories or not series or any(len(values) != len(categories) for _, values in series):
        raise ValueError("Every series needs exactly one value per category, and there must be at least one.")
    spec = ChartSpec(
        chart_type=chart_type,
        categories=categories,
        series=tuple((str(name), tuple(_decimal(v) for v in values)) for name, values in series),
        caption=caption.strip(),
        description=description.strip(),
        unit=unit.strip(),
        language=language,
    )
    return _svg_cached(spec)


def _decimal(value: Decimal | float | int | str) -> Decimal:
    """Decimals keep the places the editor wrote ("12,50"); a float has none to keep."""
    if isinstance(value, float):
        number = Decimal(repr(value))
        return number.quantize(Decimal(1)) if number == number.to_integral_value() else number
    return Decimal(str(value))


@lru_cache(maxsize=256)
def _svg_cached(spec: ChartSpec) -> str:
    # One figure at a time: rc_context changes matplotlib's process-wide settings.
    with _render_lock:
        raw = chart_draw(spec=spec)
    return _accessible(raw, spec=spec)


# Accessible, self-contained SVG ---------------------------------------------------

_URL_REF = re.compile(r"url\(#([^)]+)\)")
_FONT_FAMILY = re.compile(r"font-family:[^;]*")


def _accessible(raw: bytes, *, spec: ChartSpec) -> str:
    """Turn matplotlib's SVG into inline markup: title and description for
    assistive technology, ids unique per chart (several charts share a page),
    no XML prologue or metadata, and the web font stack on every text."""
    root = ET.fromstring(raw)  # noqa: S314 - our own matplotlib output, no entities
    prefix = f"chart-{spec.digest()[:10]}"
    for metadata in root.findall(f"{{{_SVG_NS}}}metadata"):
        root.remove(metadata)
    _scope_ids(root, prefix=prefix)
    for element in root.iter():
        if style := element.get("style"):
            element.set("style", _FONT_FAMILY.sub(f"font-family: {_FONT_STACK}", style))
    # The global "*{…}" style would leak into the page; as inherited attributes it stays inside.
    for defs in root.findall(f"{{{_SVG_NS}}}defs"):
        for style in defs.findall(f"{{{_SVG_NS}}}style"):
            defs.remove(style)
        if not len(defs):
            root.remove(defs)
    root.set("stroke-linejoin", "round")
    root.set("stroke-linecap", "butt")
    root.set("class", f"chart__svg chart__svg--{spec.chart_type}")
    root.set("role", "img")
    # WeasyPrint keeps only <title> (as the PDF figure's /Alt), so the title carries
    # caption and text alternative; it is also the accessible name on the web,
    # which therefore does not point at <desc> a second time.
    root.set("aria-labelledby", f"{prefix}-title")
    title = ET.Element(f"{{{_SVG_NS}}}title", {"id": f"{prefix}-title"})
    title.text = f"{spec.caption}: {spec.description}" if spec.description else spec.caption
    desc = ET.Element(f"{{{_SVG_NS}}}desc", {"id": f"{prefix}-desc"})
    desc.text = spec.description
    root.insert(0, desc)
    root.insert(0, title)
    # Plain tag names and a literal xmlns: ElementTree's prefix registry is
    # process-wide, and WeasyPrint's metadata writer re-registers prefixes, which
    # turned <svg> into <ns0:svg> that no HTML parser draws.
    for element in root.iter():
        element.tag = element.tag.removeprefix(f"{{{_SVG_NS}}}")
    root.set("xmlns", _SVG_NS)
    return ET.tostring(root, encoding="unicode")


def _scope_ids(root: ET.Element, *, prefix: str) -> None:
    """Keep only ids something points to, renamed under ``prefix``; ``xlink:href``
    becomes SVG 2's plain ``href``, so the markup needs no second namespace."""
    href = f"{{{_XLINK_NS}}}href"
    referenced: list[str] = []
    for element in root.iter():
        for name, value in element.attrib.items():
            found = _URL_REF.findall(value) if name != href else [value.removeprefix("#")]
            referenced += [ref for ref in found if ref not in referenced]
    renamed = {old: f"{prefix}-{number}" for number, old in enumerate(referenced, start=1)}
    for element in root.iter():
        if (element_id := element.get("id")) is not None:
            if element_id in renamed:
                element.set("id", renamed[element_id])
            else:
                del element.attrib["id"]
        for name, value in list(element.attrib.items()):
            if name == href:
                del element.attrib[name]
                element.set("href", "#" + renamed[value.removeprefix("#")])
            elif "url(#" in value:
                element.set(name, _URL_REF.sub(lambda m: f"url(#{renamed[m[1]]})", value))
