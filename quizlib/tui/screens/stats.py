"""Stats: the numbers and plots of `quiz stats` for the open decks.

The library computes everything (`quizlib.srs.stats.collect_stats`) in a worker thread;
this screen only lays the results out.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from quizlib.errors import QuizlibError
from quizlib.srs.stats import Stats, collect_stats
from quizlib.tui.screens.progress import ProgressScreen
from quizlib.tui.widgets.keybar import KeyBar
from quizlib.tui.widgets.plots import Bar, BarChart, CalendarHeatmap, ColumnChart

HEATMAP_WEEKS = 26
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
STATE_BARS = (
    ("New", "new", "blue"),
    ("Learning", "learning", "red"),
    ("Review", "review", "green"),
    ("Suspended", "suspended", "yellow"),
)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def minutes(ms: int) -> str:
    if ms < 60_000:
        return f"{round(ms / 1000)} s"
    return f"{round(ms / 60_000)} min"


def heatmap_weeks(per_day: dict[date, int], end: date, most: int = HEATMAP_WEEKS) -> int:
    """Weeks of calendar needed to show every day the stats cover, at most `most`."""
    if not per_day:
        return 1
    first = min(per_day)
    span = (end - timedelta(days=end.weekday())) - (first - timedelta(days=first.weekday()))
    return max(1, min(most, span.days // 7 + 1))


def forecast_labels(days: int) -> dict[int, str]:
    labels = {0: "today"}
    labels.update({day: f"+{day}d" for day in range(7, days, 7)})
    return labels


def retention_series(stats: Stats) -> list[tuple[str, float | None]]:
    """(label, true retention) per week, oldest first; empty when no week has reviews."""
    series = stats.retention_by_week
    if all(value is None for value in series.values()):
        return []
    return [(f"{_MONTHS[day.month - 1]} {day.day}", value) for day, value in sorted(series.items())]


class StatsScreen(ProgressScreen):
    """Cards by state, what is due, reviews per day, retention and streak."""

    CSS_PATH = "stats.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back", id="stats.back", tooltip="Back to the decks"),
        Binding("q", "back", "Back", show=False, id="stats.quit", tooltip="Back to the decks"),
    ]

    def setup(self) -> None:
        self.stats: Stats | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="stats-body"):
            yield Static(Text(self._heading(), style="bold"), id="stats-title")
            yield Static("Counting…", id="stats-loading")
            yield Static("", id="stats-empty")
            with Horizontal(id="stats-numbers"):
                for key, label in (
                    ("due", "Due today"),
                    ("today", "Today"),
                    ("streak", "Streak"),
                    ("retention", "Retention"),
                    ("reviews", "Reviews"),
                    ("cards", "Cards"),
                ):
                    with Vertical(classes="stat-box", id=f"box-{key}"):
                        yield Static(label, classes="stat-label")
                        yield Static("", id=f"stat-{key}", classes="stat-value")
            with Vertical(id="panel-heatmap", classes="panel"):
                yield Static("Reviews per day", classes="panel-title")
                yield CalendarHeatmap(id="heatmap", weeks=HEATMAP_WEEKS)
            with Horizontal(id="stats-row"):
                with Vertical(id="panel-forecast", classes="panel"):
                    yield Static("Due in the next 30 days", classes="panel-title")
                    yield ColumnChart(id="forecast", chart_height=8, bar_style="cyan")
                    yield Static("", id="forecast-summary", classes="panel-note")
                with Vertical(id="panel-states", classes="panel"):
                    yield Static("Cards by state", classes="panel-title")
                    yield BarChart(id="states")
            with Vertical(id="panel-retention", classes="panel"):
                yield Static("Retention over time", classes="panel-title")
                yield ColumnChart(
                    id="retention",
                    chart_height=6,
                    minimum=0.0,
                    maximum=1.0,
                    value_format=lambda v: f"{v:.0%}",
                    bar_style="green",
                )
                yield Static("", id="retention-note", classes="panel-note")
        yield KeyBar()

    def _heading(self) -> str:
        if len(self.decks) == 1:
            return f"Statistics · {self.decks[0].name}"
        return f"Statistics · {len(self.decks)} decks"

    def on_mount(self) -> None:
        self.title = "Stats"
        for panel in self.query(".panel"):
            panel.display = False
        self.query_one("#stats-numbers").display = False
        self.query_one("#stats-empty").display = False
        self.load_stats()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load_stats(self) -> None:
        """Compute the stats off the UI thread; a big review log takes a moment."""
        try:
            stats = collect_stats(self.decks, self.store, self.settings, self.now)
        except QuizlibError as error:
            self.app.call_from_thread(
                self.notify, str(error), title="Cannot compute stats", severity="error"
            )
            self.app.call_from_thread(self._show_error, str(error))
            return
        self.app.call_from_thread(self.show_stats, stats)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # Anything else than a QuizlibError: say so rather than count forever.
        if event.state == WorkerState.ERROR and event.worker.name == "load_stats":
            error = event.worker.error
            self.notify(f"{error}", title="Cannot compute stats", severity="error")
            self._show_error(f"Cannot compute stats: {error}")

    def _show_error(self, message: str) -> None:
        self.query_one("#stats-loading", Static).update(Text(message, style="red"))

    def show_stats(self, stats: Stats) -> None:
        """Fill the numbers and plots from computed stats."""
        self.stats = stats
        self.query_one("#stats-loading").display = False
        self._show_numbers(stats)
        self._show_states(stats)
        empty = self.query_one("#stats-empty", Static)
        if stats.cards == 0:
            empty.update(
                "No cards here yet. Generate a deck from an article or add a deck file, "
                "and its statistics will show up here."
            )
            empty.display = True
            self.query_one("#panel-states").display = False
            return
        if stats.reviews == 0:
            empty.update(
                f"No reviews yet. Study a deck and your progress will show up here: "
                f"{stats.new} new card{'' if stats.new == 1 else 's'} are waiting."
            )
            empty.display = True
            return
        empty.display = False
        self._show_heatmap(stats)
        self._show_forecast(stats)
        self._show_retention(stats)

    def _show_numbers(self, stats: Stats) -> None:
        self.query_one("#stats-numbers").display = True
        self.query_one("#box-retention").tooltip = (
            "True retention: the share of reviews of mature cards in the last 30 days"
            " not answered Again"
        )
        self.query_one("#box-due").tooltip = "Learning and review cards due before tomorrow"
        today = f"{stats.reviews_today}"
        if stats.reviews_today:
            today += f" in {minutes(stats.time_today_ms)}"
        values = {
            "due": str(stats.due),
            "today": today,
            "streak": f"{stats.streak} day{'' if stats.streak == 1 else 's'}",
            "retention": percent(stats.retention),
            "reviews": str(stats.reviews),
            "cards": str(stats.cards),
        }
        for key, value in values.items():
            self.query_one(f"#stat-{key}", Static).update(value)

    def _show_states(self, stats: Stats) -> None:
        self.query_one("#panel-states").display = True
        bars = [Bar(label, getattr(stats, field), style) for label, field, style in STATE_BARS]
        self.query_one("#states", BarChart).set_data(bars)

    def _show_heatmap(self, stats: Stats) -> None:
        self.query_one("#panel-heatmap").display = True
        end = max(stats.per_day) if stats.per_day else self.settings.day_start(self.now).date()
        heatmap = self.query_one(CalendarHeatmap)
        heatmap.weeks = heatmap_weeks(stats.per_day, end)
        heatmap.set_data(stats.per_day, end)

    def _show_forecast(self, stats: Stats) -> None:
        self.query_one("#panel-forecast").display = True
        forecast = list(stats.forecast)
        self.query_one("#forecast", ColumnChart).set_data(
            forecast, labels=forecast_labels(len(forecast))
        )
        week = sum(forecast[:7])
        tomorrow = forecast[1] if len(forecast) > 1 else 0
        self.query_one("#forecast-summary", Static).update(
            f"{tomorrow} tomorrow · {week} this week · {sum(forecast)} in {len(forecast)} days"
        )

    def _show_retention(self, stats: Stats) -> None:
        self.query_one("#panel-retention").display = True
        series = retention_series(stats)
        chart = self.query_one("#retention", ColumnChart)
        note = self.query_one("#retention-note", Static)
        if stats.retention is None:
            summary = "No reviews of cards in the review state in the last 30 days yet."
        else:
            summary = f"True retention over the last 30 days: {percent(stats.retention)}"
        if not series:
            chart.display = False
            note.update(summary)
            return
        chart.display = True
        values = [0.0 if value is None else value for _, value in series]
        floor = min((v for _, v in series if v is not None), default=0.0)
        minimum = max(0.0, math.floor(floor * 10) / 10 - 0.1)
        step = max(1, len(series) // 6)
        labels = {i: label for i, (label, _) in enumerate(series) if i % step == 0}
        chart.set_data(
            values,
            labels=labels,
            minimum=minimum,
            maximum=1.0,
            missing=[value is None for _, value in series],
        )
        note.update(summary)

    def action_back(self) -> None:
        self.dismiss()
