"""``chart_svg``: accessible, German, deterministic SVG, one matplotlib run per data."""

import re
import threading
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from cms.charts import svg as charts
from cms.charts.svg import CHART_TYPES, chart_svg

SVG = "{http://www.w3.org/2000/svg}"

BERUFE = {
    "chart_type": "bar",
    "categories": ["Pflege", "Ingenieurwesen", "Lehramt", "Informatik"],
    "series": [("Beratungen", [14800, 9200, 6100, 4300])],
    "caption": "Beratungen nach Berufsgruppen 2023",
    "description": "Pflege liegt mit 14.800 Beratungen deutlich vor Ingenieurwesen mit 9.200.",
}


def _chart(**changes) -> str:
    return chart_svg(**{**BERUFE, **changes})


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # our own output; parsing it proves it well-formed


def _texts(svg: str) -> list[str]:
    return ["".join(element.itertext()) for element in _parse(svg).iter(f"{SVG}text")]


@pytest.mark.parametrize("chart_type", sorted(CHART_TYPES))
def test_every_chart_type_is_wellformed_svg_with_title_desc_and_text_labels(chart_type):
    series = [("Beratungen", [14800, 9200, 6100, 4300])]
    if chart_type in {"column", "line"}:
        series.append(("Vorjahr", [13100, 8800, 6500, 3900]))
    svg = _chart(chart_type=chart_type, series=series)

    root = _parse(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title, desc = root[0], root[1]
    assert (title.tag, title.text) == (f"{SVG}title", f"{BERUFE['caption']}: {BERUFE['description']}")
    assert (desc.tag, desc.text) == (f"{SVG}desc", BERUFE["description"])
    assert root.get("aria-labelledby") == title.get("id"), "the title already holds the text alternative"
    texts = _texts(svg)
    for category in BERUFE["categories"]:
        assert category in texts, f"{category!r} must be a <text>, not outlines"
    assert "14.800" in " ".join(texts)
    assert "'IQ Sans'" in svg and "sans-serif" in svg
    assert not svg.startswith("<?xml") and "<metadata" not in svg and "Matplotlib" not in svg


def test_numbers_are_german_on_axis_and_labels():
    texts = _texts(_chart(series=[("Beratungen", [14800, 9200.5, 6100, 4300])]))
    assert "14.800,0" in texts and "9.200,5" in texts, "labels keep the decimals the editor wrote"
    assert "10.000" in texts, "axis ticks group thousands with a dot"
    assert not any(re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", text) for text in texts), "no English notation"

    percent = _texts(_chart(chart_type="column", series=[("Anteil", ["41", "12.5", "7", "3"])], unit="%"))
    assert "12,5\u00a0%" in percent and "41,0\u00a0%" in percent

    negative = _texts(_chart(series=[("Saldo", [-1500, 200, 300, 400])]))
    assert "\u22121.500" in negative


def test_pie_labels_name_the_share():
    texts = _texts(
        chart_svg(
            chart_type="pie",
            categories=["Individuell geplant", "Kursförmig"],
            series=[("Eintritte", [6120, 680])],
            caption="Kurs vs. individuell",
            description="Neun von zehn Qualifizierungen sind individuell geplant.",
        )
    )
    assert "Individuell geplant" in texts and "6.120 (90\u00a0%)" in texts and "680 (10\u00a0%)" in texts


def test_same_data_gives_identical_bytes_even_after_the_cache_is_dropped():
    first = _chart()
    charts._svg_cached.cache_clear()
    assert _chart() == first
    assert _chart(series=[("Beratungen", [14800, 9200, 6100, 4301])]) != first


def test_matplotlib_runs_once_per_data(monkeypatch):
    charts._svg_cached.cache_clear()
    calls = []
    draw = charts.chart_draw
    monkeypatch.setattr(charts, "chart_draw", lambda *, spec: calls.append(spec) or draw(spec=spec))

    for _ in range(3):
        _chart()
    _chart(caption="Anderer Titel")
    assert len(calls) == 2


def test_ids_are_unique_per_chart_so_two_charts_share_a_page():
    line_a = _chart(chart_type="line")
    line_b = _chart(chart_type="line", caption="Zweite Grafik")
    ids_a = {e.get("id") for e in _parse(line_a).iter() if e.get("id")}
    ids_b = {e.get("id") for e in _parse(line_b).iter() if e.get("id")}
    assert ids_a and ids_b and not ids_a & ids_b
    assert 'href="#' in line_a, "markers are reused through <use>, pointing at the scoped ids"


def test_editor_text_is_escaped():
    svg = _chart(caption='Titel <script>alert("x")</script> & Co.', categories=["<b>A</b>", "B", "C", "D"])
    assert "<script>" not in svg and "<b>" not in svg
    assert _parse(svg)[0].text.startswith('Titel <script>alert("x")</script> & Co.: ')


def test_concurrent_renders_match_sequential_ones():
    variants = [{"chart_type": kind, "caption": f"Grafik {kind}"} for kind in sorted(CHART_TYPES)]
    charts._svg_cached.cache_clear()
    expected = [_chart(**variant) for variant in variants]
    charts._svg_cached.cache_clear()
    results: dict[int, str] = {}
    threads = [
        threading.Thread(target=lambda i=i, v=v: results.__setitem__(i, _chart(**v))) for i, v in enumerate(variants)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [results[i] for i in range(len(variants))] == expected


@pytest.mark.parametrize(
    "changes",
    [
        {"chart_type": "radar"},
        {"series": [("Beratungen", [1, 2, 3])]},
        {"categories": []},
    ],
)
def test_unusable_input_is_refused(changes):
    with pytest.raises(ValueError):
        _chart(**changes)


def test_accepts_decimals_floats_and_ints_alike():
    assert _chart(series=[("Beratungen", [Decimal("14800"), 9200.0, 6100, "4300"])]) == _chart()
