"""The geometry of the report's bar chart: server-rendered SVG, no script.

The template draws what this computes; the table below the chart holds the
same figures as text, so the chart is decoration for those who can see it.
"""

import datetime
from dataclasses import dataclass

from django.utils.formats import date_format

WIDTH = 720
HEIGHT = 240
AXIS_BOTTOM = 28  # room for the month labels
TOP = 18  # room for the value above the highest bar
GAP_RATIO = 0.25


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    value: int
    label: str  # "Nov. 2026"
    label_x: float
    show_label: bool  # every month's label up to twelve bars, then every n-th

    @property
    def value_y(self) -> float:
        return round(self.y - 4, 1)


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    width: int
    height: int
    baseline: float
    total: int
    peak: Bar | None

    @property
    def label_y(self) -> int:
        return self.height - 8

    @property
    def summary(self) -> str:
        if self.peak is None or self.total == 0:
            return "Im gewählten Zeitraum keine Downloads."
        months = len(self.bars)
        return (
            f"{self.total} Downloads in {months} {'Monat' if months == 1 else 'Monaten'}; "
            f"am meisten im {self.peak.label} ({self.peak.value})."
        )


def chart_of_months(*, values: list[tuple[datetime.date, int]]) -> Chart:
    baseline = HEIGHT - AXIS_BOTTOM
    highest = max((value for _, value in values), default=0)
    slot = WIDTH / max(len(values), 1)
    width = slot * (1 - GAP_RATIO)
    label_every = -(-len(values) // 12) or 1
    bars = []
    for index, (month, value) in enumerate(values):
        height = (baseline - TOP) * value / highest if highest else 0
        x = index * slot + (slot - width) / 2
        bars.append(
            Bar(
                x=round(x, 1),
                y=round(baseline - height, 1),
                width=round(width, 1),
                height=round(height, 1),
                value=value,
                label=date_format(month, "M Y"),
                label_x=round(x + width / 2, 1),
                show_label=index % label_every == 0,
            )
        )
    peak = max(bars, key=lambda bar: bar.value, default=None)
    return Chart(bars=bars, width=WIDTH, height=HEIGHT, baseline=baseline, total=sum(v for _, v in values), peak=peak)
