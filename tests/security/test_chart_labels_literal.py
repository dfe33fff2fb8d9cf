"""Chart labels are the editor's text, never matplotlib maths: ``$\\undefinedcmd$``
made preview and the public page answer 500, and ``a$b$c`` became a formula."""

import xml.etree.ElementTree as ET

import pytest

from cms.charts.svg import CHART_TYPES, chart_svg

SVG = "{http://www.w3.org/2000/svg}"


def _texts(svg: str) -> list[str]:
    return ["".join(element.itertext()) for element in ET.fromstring(svg).iter(f"{SVG}text")]


@pytest.mark.parametrize("chart_type", sorted(CHART_TYPES))
def test_dollar_signs_in_labels_are_printed_as_written(chart_type):
    svg = chart_svg(
        chart_type=chart_type,
        categories=[r"$\undefinedcmd$", "a$b$c", "C", "D"],
        series=[(r"Reihe $\alpha$", [4, 3, 2, 1])],
        caption="Beträge in $",
        description="Vier Werte.",
    )
    texts = " ".join(_texts(svg))
    assert r"$\undefinedcmd$" in texts
    assert "a$b$c" in texts
