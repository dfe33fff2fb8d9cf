"""matplotlib drawing of the four chart types, for ``charts.chart_svg``.

matplotlib is imported on first use (it costs ~0.3 s) and driven through its
object API with the Agg canvas, never pyplot, whose global figure registry is
not thread-safe. ``chart_draw`` changes matplotlib's process-wide settings
inside ``rc_context``; callers serialise it (``charts`` holds a lock).
"""

import hashlib
import io
import math
import textwrap
from dataclasses import dataclass, field
from decimal import Decimal

from .data import number_format, values_decimals

# IQ palette, each at least 4:1 against white (WCAG 1.4.11 asks 3:1), in an order
# where neighbours differ in hue and lightness.
PALETTE = ("#00508c", "#c05a00", "#008c8c", "#7a4f9e", "#3d7a2e", "#4a5563")
# Second and later series differ by more than colour (WCAG 1.4.1).
_HATCHES = (None, "////", "....", "xxxx", "\\\\\\\\", "++++")
_MARKERS = ("o", "s", "^", "D", "v", "P")
_LINESTYLES = ("-", "--", "-.", ":", "-", "--")

_INK = "#1a1f29"
_INK_SOFT = "#4a5563"
_RULE = "#8a94a3"
_GRID = "#d5dbe3"
_FONT_FACES = ("IQSans-Regular.ttf", "IQSans-Bold.ttf")
_WIDTH_IN = 6.6  # the A4 text column: 210 mm - 42 mm margins
_FONT_PT = 8.5

_fonts_registered = False


@dataclass(frozen=True)
class ChartSpec:
    """Everything that decides a chart's pixels; hashable, so it keys the cache."""

    chart_type: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[Decimal, ...]], ...]
    caption: str
    description: str
    unit: str
    # Keys the cache, but stays out of repr: the ids (``digest``) of a German chart stay as they were.
    language: str = field(default="de", repr=False)

    @property
    def decimals(self) -> int:
        return values_decimals(values=[value for _, values in self.series for value in values])

    def label(self, value: Decimal) -> str:
        return number_format(value=value, decimals=self.decimals, unit=self.unit, language=self.language)

    def digest(self) -> str:
        return hashlib.sha256(repr(self).encode("utf-8")).hexdigest()


def chart_draw(*, spec: ChartSpec) -> bytes:
    """matplotlib's SVG of ``spec``: text as text, no date, fixed hash salt."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    _fonts_register()
    with matplotlib.rc_context(_rc_params()):
        figure = Figure(figsize=(_WIDTH_IN, _height(spec)), layout="constrained")
        FigureCanvasAgg(figure)
        figure.patch.set_visible(False)
        axes = figure.add_subplot()
        axes.patch.set_visible(False)
        {"bar": _draw_bars, "column": _draw_columns, "line": _draw_lines, "pie": _draw_pie}[spec.chart_type](
            figure, axes, spec
        )
        buffer = io.BytesIO()
        # No date, creator or random ids: the same data gives the same bytes.
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return buffer.getvalue()


def _fonts_register() -> None:
    """Measure text with the face the PDF prints it in, so labels fit exactly."""
    global _fonts_registered
    if _fonts_registered:
        return
    from django.contrib.staticfiles import finders

    from matplotlib import font_manager

    for face in _FONT_FACES:
        if path := finders.find(f"pdfexport/fonts/{face}"):
            font_manager.fontManager.addfont(path)
    _fonts_registered = True


def _rc_params() -> dict:
    return {
        "svg.fonttype": "none",
        # Labels are editors' text: "$\\undefinedcmd$" raised and "a$b$c" became a formula.
        "text.parse_math": False,
        "svg.hashsalt": "iq-publisher-charts",
        "font.family": ["IQ Sans", "DejaVu Sans"],
        "font.size": _FONT_PT,
        "text.color": _INK,
        "axes.labelcolor": _INK_SOFT,
        "axes.labelsize": _FONT_PT,
        "axes.edgecolor": _RULE,
        "axes.linewidth": 0.6,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.unicode_minus": True,
        "xtick.color": _INK_SOFT,
        "ytick.color": _INK_SOFT,
        "xtick.labelcolor": _INK,
        "ytick.labelcolor": _INK,
        "xtick.labelsize": _FONT_PT,
        "ytick.labelsize": _FONT_PT,
        "legend.frameon": False,
        "legend.fontsize": _FONT_PT,
        "hatch.color": "white",
        "hatch.linewidth": 1.2,
        "figure.constrained_layout.w_pad": 0.02,
        "figure.constrained_layout.h_pad": 0.04,
    }


def _height(spec: ChartSpec) -> float:
    """Inches: bars grow with their count, the rest keep a calm 2:5 format."""
    count = len(spec.series)
    legend = 0.25 if count > 1 else 0
    if spec.chart_type == "bar":
        return max(1.2, 0.45 + len(spec.categories) * (0.06 + 0.2 * count)) + legend
    if spec.chart_type == "pie":
        return 2.2
    return 2.3 + legend


def _value_formatter(spec: ChartSpec):
    from matplotlib.ticker import FuncFormatter

    def tick(value, _position) -> str:
        places = next((d for d in range(4) if abs(round(value, d) - value) < 1e-9), 3)
        return number_format(value=value, decimals=places, unit=spec.unit, language=spec.language)

    return FuncFormatter(tick)


def _value_limits(spec: ChartSpec, *, headroom: float) -> tuple[float, float]:
    values = [float(value) for _, series_values in spec.series for value in series_values]
    low, high = min(0.0, *values), max(0.0, *values)
    span = (high - low) or 1.0
    return (low - span * headroom if low < 0 else 0.0), high + span * headroom


def _legend(figure, spec: ChartSpec) -> None:
    if len(spec.series) > 1:
        figure.legend(loc="outside upper left", ncols=len(spec.series), handlelength=2.2, borderaxespad=0)


def _single_series_label(spec: ChartSpec) -> str:
    return spec.series[0][0] if len(spec.series) == 1 else ""


def _grouped_positions(spec: ChartSpec, index: int) -> tuple[list[float], float]:
    band = 0.78 if len(spec.series) > 1 else 0.62
    size = band / len(spec.series)
    offset = (index - (len(spec.series) - 1) / 2) * size
    return [i + offset for i in range(len(spec.categories))], size * 0.92


def _draw_bars(figure, axes, spec: ChartSpec) -> None:
    for index, (name, values) in enumerate(spec.series):
        positions, thickness = _grouped_positions(spec, index)
        bars = axes.barh(positions, [float(v) for v in values], height=thickness, label=name, **_bar_style(index))
        axes.bar_label(bars, labels=[spec.label(v) for v in values], padding=3, fontweight="bold")
    axes.set_yticks(range(len(spec.categories)), labels=[_wrapped(c, 30) for c in spec.categories])
    axes.invert_yaxis()
    axes.set_xlim(*_value_limits(spec, headroom=0.14))
    axes.xaxis.set_major_formatter(_value_formatter(spec))
    axes.xaxis.grid(True, color=_GRID, linewidth=0.5)
    axes.set_axisbelow(True)
    axes.spines[["bottom", "left"]].set_visible(False)
    axes.axvline(0, color=_RULE, linewidth=0.8)
    axes.tick_params(axis="y", length=0, pad=5)
    axes.tick_params(axis="x", length=0)
    axes.set_xlabel(_single_series_label(spec), loc="right")
    _legend(figure, spec)


def _draw_columns(figure, axes, spec: ChartSpec) -> None:
    for index, (name, values) in enumerate(spec.series):
        positions, thickness = _grouped_positions(spec, index)
        bars = axes.bar(positions, [float(v) for v in values], width=thickness, label=name, **_bar_style(index))
        axes.bar_label(bars, labels=[spec.label(v) for v in values], padding=2, fontweight="bold")
    axes.set_xticks(range(len(spec.categories)), labels=_column_labels(spec))
    axes.set_ylim(*_value_limits(spec, headroom=0.12))
    axes.yaxis.set_major_formatter(_value_formatter(spec))
    axes.yaxis.grid(True, color=_GRID, linewidth=0.5)
    axes.set_axisbelow(True)
    _category_axis_below(axes, spec)
    _legend(figure, spec)


def _column_labels(spec: ChartSpec) -> list[str]:
    """Category names wrapped to the width of their column (~62 characters per line)."""
    width = max(8, int(62 / len(spec.categories)))
    return [_wrapped(category, width) for category in spec.categories]


def _category_axis_below(axes, spec: ChartSpec) -> None:
    axes.spines[["bottom", "left"]].set_visible(False)
    axes.axhline(0, color=_RULE, linewidth=0.8)
    axes.tick_params(axis="both", length=0)
    axes.tick_params(axis="x", pad=4)
    # The value axis is named above it, horizontally: rotated text is hard to read.
    if label := _single_series_label(spec):
        axes.set_title(label, loc="left", color=_INK_SOFT, fontsize=_FONT_PT, pad=8)


def _bar_style(index: int) -> dict:
    return {"color": PALETTE[index], "hatch": _HATCHES[index], "edgecolor": "white", "linewidth": 0}


def _draw_lines(figure, axes, spec: ChartSpec) -> None:
    positions = range(len(spec.categories))
    every_point = len(spec.categories) * len(spec.series) <= 24 and len(spec.series) <= 2
    for index, (name, values) in enumerate(spec.series):
        axes.plot(
            positions,
            [float(v) for v in values],
            label=name,
            color=PALETTE[index],
            marker=_MARKERS[index],
            linestyle=_LINESTYLES[index],
            linewidth=2,
            markersize=5.5,
            clip_on=False,
        )
        for i, value in enumerate(values):
            if not every_point and i != len(values) - 1:
                continue
            above = _is_highest(spec, series_index=index, point=i)
            axes.annotate(
                spec.label(value),
                (i, float(value)),
                xytext=(0, 7 if above else -8),
                textcoords="offset points",
                ha="center",
                va="bottom" if above else "top",
                fontweight="bold",
                color=_INK,
            )
    axes.set_xticks(list(positions), labels=_column_labels(spec))
    axes.set_xlim(-0.3, len(spec.categories) - 0.7)
    axes.set_ylim(*_value_limits(spec, headroom=0.15))
    axes.yaxis.set_major_formatter(_value_formatter(spec))
    axes.yaxis.grid(True, color=_GRID, linewidth=0.5)
    axes.set_axisbelow(True)
    _category_axis_below(axes, spec)
    _legend(figure, spec)


def _is_highest(spec: ChartSpec, *, series_index: int, point: int) -> bool:
    """Labels of the upper line go above its points, of the lower line below."""
    values = [series_values[point] for _, series_values in spec.series]
    return values[series_index] >= max(values) or len(values) == 1


def _draw_pie(figure, axes, spec: ChartSpec) -> None:
    _, values = spec.series[0]
    total = sum(values)
    wedges, _ = axes.pie(
        [float(v) for v in values],
        colors=PALETTE[: len(values)],
        startangle=90,
        counterclock=False,
        radius=1.0,
        wedgeprops={"edgecolor": "white", "linewidth": 1.5},
    )
    labels = []
    for wedge, category, value in zip(wedges, spec.categories, values, strict=True):
        angle = math.radians((wedge.theta1 + wedge.theta2) / 2)
        x, y = math.cos(angle), math.sin(angle)
        text = spec.label(value)
        if spec.unit != "%":
            share = value / total * 100
            share_text = number_format(value=share, decimals=0 if share >= 1 else 1, unit="%", language=spec.language)
            text += f" ({share_text})"
        labels.append([x, y, 1.22 * y, category, text])
    _spread(labels)
    for x, y, label_y, category, text in labels:
        side = 1 if x >= 0 else -1
        anchor = (side * 1.3, label_y)
        axes.annotate(
            _wrapped(category, 30),
            xy=(x, y),
            xytext=anchor,
            ha="left" if side > 0 else "right",
            va="bottom",
            linespacing=1.15,
            arrowprops={
                "arrowstyle": "-",
                "color": _RULE,
                "linewidth": 0.6,
                "shrinkA": 2,
                "shrinkB": 0,
                "connectionstyle": f"angle,angleA=0,angleB={math.degrees(math.atan2(y, x)):.1f}",
            },
        )
        axes.annotate(text, xy=anchor, ha="left" if side > 0 else "right", va="top", fontweight="bold")
    axes.set_xlim(-2.6, 2.6)
    axes.set_aspect("equal")


def _spread(labels: list[list], *, gap: float = 0.36) -> None:
    """Move labels on the same side of the pie apart so thin slices stay readable."""
    for side in (1, -1):
        placed = sorted((label for label in labels if (label[0] >= 0) == (side > 0)), key=lambda lb: -lb[2])
        for upper, lower in zip(placed, placed[1:], strict=False):
            lower[2] = min(lower[2], upper[2] - gap)


def _wrapped(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width=width, break_long_words=False)) or text
