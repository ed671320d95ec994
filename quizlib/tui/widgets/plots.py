"""Plots drawn with text: a calendar heatmap, horizontal bars and vertical columns.

Pure Rich rendering, no plotting dependency. The `render_*` functions build a
`rich.text.Text` from plain data (so they are easy to test); the widgets hold the
data and redraw at their current width.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

# Eighths of a cell, for bars that end between two cells.
_HORIZONTAL_EIGHTHS = " ▏▎▍▌▋▊▉█"
_VERTICAL_EIGHTHS = " ▁▂▃▄▅▆▇█"

# GitHub's greens, from "no reviews" to "many", for dark and light themes.
HEATMAP_COLORS = ("#3a3f44", "#0e4429", "#006d32", "#26a641", "#39d353")
HEATMAP_COLORS_LIGHT = ("#d0d7de", "#9be9a8", "#40c463", "#30a14e", "#216e39")
_WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: its label, its value and an optional Rich style."""

    label: str
    value: float
    style: str = ""


def heat_level(count: int, maximum: int, levels: int = len(HEATMAP_COLORS) - 1) -> int:
    """The shade (0 = none, 1..levels) of a day with `count` reviews; the busiest has `maximum`."""
    if count <= 0 or maximum <= 0:
        return 0
    return max(1, min(levels, math.ceil(levels * count / maximum)))


def render_heatmap(
    counts: Mapping[date, int],
    end: date,
    *,
    weeks: int = 26,
    unit: str = "review",
    colors: Sequence[str] = HEATMAP_COLORS,
) -> Text:
    """Reviews per day as a calendar: weeks as columns (oldest left), weekdays as rows.

    The last column is the week of `end`; days after `end` stay blank.
    """
    weeks = max(1, weeks)
    last_monday = end - timedelta(days=end.weekday())
    first = last_monday - timedelta(weeks=weeks - 1)
    days = [first + timedelta(days=i) for i in range(weeks * 7)]
    shown = {day: counts.get(day, 0) for day in days if day <= end}
    maximum = max(shown.values(), default=0)

    text = Text(no_wrap=True, overflow="crop")
    # Month names above the week in which each month starts.
    header = [" "] * (weeks * 2 + 1)
    free_from = 0
    for week in range(weeks):
        monday = first + timedelta(weeks=week)
        starts_month = week == 0 or any((monday + timedelta(days=d)).day == 1 for d in range(7))
        if not starts_month or week * 2 < free_from:
            continue
        sunday = monday + timedelta(days=6)
        label = _MONTHS[sunday.month - 1] if week else _MONTHS[monday.month - 1]
        if week * 2 + len(label) > len(header):
            continue
        header[week * 2 : week * 2 + len(label)] = label
        free_from = week * 2 + len(label) + 1
    text.append("    " + "".join(header).rstrip() + "\n", style="dim")
    for weekday in range(7):
        text.append(f"{_WEEKDAYS[weekday]:<4}", style="dim")
        for week in range(weeks):
            day = first + timedelta(weeks=week, days=weekday)
            if day > end:
                text.append("  ")
                continue
            level = heat_level(shown[day], maximum, len(colors) - 1)
            text.append("■", style=colors[level])
            text.append(" ")
        text.append("\n")
    total = sum(shown.values())
    active = sum(1 for count in shown.values() if count)
    text.append("    Less ", style="dim")
    for color in colors:
        text.append("■ ", style=color)
    text.append("More", style="dim")
    plural = "" if total == 1 else "s"
    text.append(
        f"   {total} {unit}{plural} on {active} day{'' if active == 1 else 's'}"
        f" in the last {weeks} weeks",
    )
    return text


def _horizontal_bar(fraction: float, width: int) -> str:
    eighths = round(max(0.0, min(1.0, fraction)) * width * 8)
    full, rest = divmod(eighths, 8)
    bar = "█" * full + (_HORIZONTAL_EIGHTHS[rest] if rest else "")
    return bar


def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def render_bars(
    bars: Sequence[Bar],
    width: int = 60,
    *,
    maximum: float | None = None,
    value_format: Callable[[float], str] = _format_number,
) -> Text:
    """Labelled horizontal bars scaled to `maximum` (default: the largest), values at the end."""
    text = Text(no_wrap=True, overflow="crop")
    if not bars:
        return text
    label_width = max(len(bar.label) for bar in bars)
    values = [value_format(bar.value) for bar in bars]
    value_width = max(len(v) for v in values)
    top = maximum if maximum is not None else max(bar.value for bar in bars)
    bar_width = max(1, width - label_width - value_width - 3)
    for index, (bar, value) in enumerate(zip(bars, values, strict=True)):
        if index:
            text.append("\n")
        text.append(f"{bar.label:<{label_width}} ")
        drawn = _horizontal_bar(bar.value / top if top > 0 else 0.0, bar_width)
        if not drawn and bar.value > 0:
            drawn = _HORIZONTAL_EIGHTHS[1]
        text.append(drawn, style=bar.style or "")
        text.append(" " * (bar_width - len(drawn) + 1))
        text.append(f"{value:>{value_width}}", style="bold")
    return text


def render_columns(
    values: Sequence[float],
    *,
    height: int = 8,
    column_width: int = 2,
    maximum: float | None = None,
    minimum: float = 0.0,
    labels: Mapping[int, str] | None = None,
    style: str = "",
    value_format: Callable[[float], str] = _format_number,
    missing: Sequence[bool] | None = None,
) -> Text:
    """Vertical columns (one per value) with the y range on the left and labels under them.

    `labels` maps a column index to a label written under it; `missing[i]` marks a
    column without data (drawn as a dot on the baseline, not as zero).
    """
    text = Text(no_wrap=True, overflow="crop")
    if not values:
        return text
    top = maximum if maximum is not None else max(values)
    span = top - minimum
    axis = [value_format(top), value_format(minimum)]
    axis_width = max(len(a) for a in axis)
    gap = " " * max(0, column_width - 1)
    eighths = [
        0 if span <= 0 else round(max(0.0, min(1.0, (v - minimum) / span)) * height * 8)
        for v in values
    ]
    for row in range(height, 0, -1):
        if row == height:
            text.append(f"{axis[0]:>{axis_width}} ┤", "dim")
        else:
            text.append(" " * axis_width + " │", "dim")
        floor = (row - 1) * 8
        for index, level in enumerate(eighths):
            if missing is not None and missing[index]:
                cell = "·" if row == 1 else " "
                text.append(cell + gap, style="dim")
                continue
            part = level - floor
            if part >= 8:
                cell = "█"
            elif part > 0:
                cell = _VERTICAL_EIGHTHS[part]
            elif row == 1 and values[index] > minimum:
                cell = _VERTICAL_EIGHTHS[1]
            else:
                cell = " "
            text.append(cell + gap, style=style)
        text.append("\n")
    baseline = "─" * (len(values) * column_width)
    text.append(f"{axis[1]:>{axis_width}} └{baseline}\n", "dim")
    line = [" "] * (len(values) * column_width + 8)
    for index, label in sorted((labels or {}).items()):
        start = index * column_width
        if start + len(label) <= len(line) and all(
            c == " " for c in line[max(0, start - 1) : start + len(label)]
        ):
            line[start : start + len(label)] = label
    text.append(" " * (axis_width + 2) + "".join(line).rstrip(), "dim")
    return text


class _Plot(Widget):
    """A plot that redraws its text at the current width when its data changes."""

    def plot(self, width: int) -> Text:
        raise NotImplementedError

    def render(self) -> Text:
        width = self.content_size.width or 80
        return self.plot(width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self.plot(width or 80).plain.count("\n") + 1


class CalendarHeatmap(_Plot):
    """Reviews per day as a calendar heatmap, like GitHub's and Anki's."""

    DEFAULT_CSS = """
    CalendarHeatmap {
        height: auto;
        width: 1fr;
    }
    """

    def __init__(
        self,
        counts: Mapping[date, int] | None = None,
        end: date | None = None,
        *,
        weeks: int = 26,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.counts: Mapping[date, int] = dict(counts or {})
        self.end = end or date.today()
        self.weeks = weeks

    def set_data(self, counts: Mapping[date, int], end: date) -> None:
        self.counts = dict(counts)
        self.end = end
        self.refresh(layout=True)

    def plot(self, width: int) -> Text:
        # Fewer weeks when the widget is narrow: 4 columns of labels, 2 per week.
        weeks = max(1, min(self.weeks, (width - 4) // 2))
        dark = self.app.current_theme.dark if self.is_attached else True
        colors = HEATMAP_COLORS if dark else HEATMAP_COLORS_LIGHT
        return render_heatmap(self.counts, self.end, weeks=weeks, colors=colors)


class BarChart(_Plot):
    """Labelled horizontal bars, e.g. cards by state."""

    DEFAULT_CSS = """
    BarChart {
        height: auto;
        width: 1fr;
    }
    """

    def __init__(
        self,
        bars: Sequence[Bar] = (),
        *,
        maximum: float | None = None,
        value_format: Callable[[float], str] = _format_number,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.bars: tuple[Bar, ...] = tuple(bars)
        self.maximum = maximum
        self.value_format = value_format

    def set_data(self, bars: Sequence[Bar], *, maximum: float | None = None) -> None:
        self.bars = tuple(bars)
        self.maximum = maximum
        self.refresh(layout=True)

    def plot(self, width: int) -> Text:
        return render_bars(
            self.bars, min(width, 100), maximum=self.maximum, value_format=self.value_format
        )


class ColumnChart(_Plot):
    """Vertical columns, one per value: a due forecast, retention per week."""

    DEFAULT_CSS = """
    ColumnChart {
        height: auto;
        width: 1fr;
    }
    """

    def __init__(
        self,
        values: Sequence[float] = (),
        *,
        labels: Mapping[int, str] | None = None,
        chart_height: int = 8,
        maximum: float | None = None,
        minimum: float = 0.0,
        missing: Sequence[bool] | None = None,
        value_format: Callable[[float], str] = _format_number,
        bar_style: str = "",
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.values: tuple[float, ...] = tuple(values)
        self.labels = dict(labels or {})
        self.chart_height = chart_height
        self.maximum = maximum
        self.minimum = minimum
        self.missing = tuple(missing) if missing is not None else None
        self.value_format = value_format
        self.bar_style = bar_style

    def set_data(
        self,
        values: Sequence[float],
        *,
        labels: Mapping[int, str] | None = None,
        maximum: float | None = None,
        minimum: float = 0.0,
        missing: Sequence[bool] | None = None,
    ) -> None:
        self.values = tuple(values)
        self.labels = dict(labels or {})
        self.maximum = maximum
        self.minimum = minimum
        self.missing = tuple(missing) if missing is not None else None
        self.refresh(layout=True)

    def plot(self, width: int) -> Text:
        # Two cells a column when they fit beside the axis labels, else one.
        column_width = 2 if len(self.values) * 2 + 10 <= width else 1
        return render_columns(
            self.values,
            height=self.chart_height,
            column_width=column_width,
            maximum=self.maximum,
            minimum=self.minimum,
            labels=self.labels,
            style=self.bar_style,
            value_format=self.value_format,
            missing=self.missing,
        )
