"""Stats screen: opens on an empty store with a friendly message, shows numbers after reviews."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from textual.widgets import Static

from quizlib.model import Card, Deck
from quizlib.srs.scheduler import Rating, Scheduler
from quizlib.srs.settings import Settings
from quizlib.srs.stats import Stats
from quizlib.srs.store import Store
from quizlib.tui.screens.stats import StatsScreen, heatmap_weeks, retention_series
from quizlib.tui.widgets.plots import (
    Bar,
    BarChart,
    CalendarHeatmap,
    heat_level,
    render_bars,
    render_columns,
    render_heatmap,
)

from .conftest import Host, run_async

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)

pytestmark = pytest.mark.app


def deck(n: int = 6) -> Deck:
    cards = tuple(Card(id=f"c{i}", question=f"Question {i}?", answer=f"{i}") for i in range(n))
    return Deck(name="Numbers", id="numbers", cards=cards)


async def opened(pilot) -> StatsScreen:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, StatsScreen)
    assert screen.stats is not None
    return screen


def text_of(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def shown(widget) -> bool:
    return all(node.display for node in [widget, *widget.ancestors_with_self] if node is not None)


@run_async
async def test_stats_on_empty_store(store) -> None:
    app = Host(lambda: StatsScreen([deck()], store, Settings(), NOW))
    async with app.run_test(size=(120, 50)) as pilot:
        screen = await opened(pilot)
        assert "No reviews yet" in text_of(screen, "#stats-empty")
        assert text_of(screen, "#stat-cards") == "6"
        assert text_of(screen, "#stat-due") == "0"
        assert text_of(screen, "#stat-retention") == "—"
        assert text_of(screen, "#stat-streak") == "0 days"
        assert not screen.query_one("#panel-heatmap").display
        states = screen.query_one("#states", BarChart)
        assert "New" in states.plot(60).plain and "6" in states.plot(60).plain
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, StatsScreen)


@run_async
async def test_stats_without_decks(store) -> None:
    app = Host(lambda: StatsScreen([], store, Settings(), NOW))
    async with app.run_test(size=(120, 50)) as pilot:
        screen = await opened(pilot)
        assert "No cards here yet" in text_of(screen, "#stats-empty")
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, StatsScreen)


@run_async
async def test_stats_with_reviews(store) -> None:
    scheduler = Scheduler(Settings(), fuzz=False)
    # Reviews on three days in a row, ending today: a streak of 3.
    for day_back, item in ((2, "c0"), (1, "c1"), (0, "c2"), (0, "c3")):
        when = NOW - timedelta(days=day_back)
        state = scheduler.new_state("numbers", item, when)
        state, log = scheduler.review(state, Rating.EASY, when, duration_ms=30_000)
        store.record(state, log)
    store.set_suspended("numbers", "c5", True)
    app = Host(lambda: StatsScreen([deck()], store, Settings(), NOW))
    async with app.run_test(size=(120, 60)) as pilot:
        screen = await opened(pilot)
        stats = screen.stats
        assert not screen.query_one("#stats-empty").display
        assert text_of(screen, "#stat-reviews") == "4"
        assert text_of(screen, "#stat-streak") == "3 days"
        assert text_of(screen, "#stat-today") == "2 in 1 min"
        assert text_of(screen, "#stat-cards") == "6"
        states = screen.query_one("#states", BarChart).plot(60).plain.splitlines()
        assert [line.split()[0] for line in states] == ["New", "Learning", "Review", "Suspended"]
        assert states[0].split()[-1] == "1"  # c4
        assert states[2].split()[-1] == "4"
        assert states[3].split()[-1] == "1"
        heatmap = screen.query_one(CalendarHeatmap)
        assert shown(heatmap)
        assert heatmap.counts[date(2026, 11, 26)] == 2
        assert "4 reviews on 3 days" in heatmap.plot(100).plain
        assert sum(stats.forecast) == 4
        summary = text_of(screen, "#forecast-summary")
        assert f"{sum(stats.forecast)} in 30 days" in summary
        assert shown(screen.query_one("#panel-retention"))


def test_heat_levels() -> None:
    assert heat_level(0, 10) == 0
    assert heat_level(1, 10) == 1
    assert heat_level(10, 10) == 4
    assert heat_level(5, 0) == 0


def test_heatmap_layout() -> None:
    end = date(2026, 11, 26)  # a Thursday
    text = render_heatmap({end: 3, end - timedelta(days=1): 1}, end, weeks=4).plain
    lines = text.splitlines()
    assert len(lines) == 9  # months, seven weekdays, legend
    assert lines[1].startswith("Mon") and lines[7].startswith("Sun")
    assert lines[5].rstrip().endswith("■")  # Friday of the last week: blank after Thursday
    assert lines[5].count("■") == 3
    assert lines[4].count("■") == 4
    assert "4 reviews on 2 days in the last 4 weeks" in lines[-1]
    assert "Nov" in lines[0]


def test_heatmap_weeks_cover_the_data() -> None:
    end = date(2026, 11, 26)
    per_day = {end - timedelta(days=i): 0 for i in range(30)}
    assert heatmap_weeks(per_day, end) == 5
    per_day = {end - timedelta(days=i): 0 for i in range(400)}
    assert heatmap_weeks(per_day, end) == 26


def test_bars_and_columns() -> None:
    text = render_bars([Bar("New", 10), Bar("Review", 5), Bar("Gone", 0)], 31).plain
    new, review, gone = text.splitlines()
    assert new.count("█") == 2 * review.count("█")
    assert "█" not in gone and gone.endswith("0")
    columns = render_columns([0, 4, 8], height=4, labels={0: "today"}).plain.splitlines()
    assert columns[0].startswith("8 ┤")
    assert columns[4].startswith("0 └")
    assert columns[-1].strip() == "today"
    assert len(columns) == 6  # four rows, axis, labels


def test_retention_series_when_the_library_gives_it() -> None:
    base = Stats(
        cards=1,
        new=0,
        learning=0,
        review=1,
        suspended=0,
        due=0,
        reviews=3,
        retention=0.5,
        forecast=(0,) * 30,
    )
    assert retention_series(base) == []
    weekly = replace(base, retention_by_week={date(2026, 11, 9): None, date(2026, 11, 16): 0.8})
    assert retention_series(weekly) == [("Nov 9", None), ("Nov 16", 0.8)]


@run_async
async def test_stats_retention_chart(store) -> None:
    app = Host(lambda: StatsScreen([deck()], store, Settings(), NOW))
    async with app.run_test(size=(120, 60)) as pilot:
        screen = await opened(pilot)
        base = screen.stats
        weekly = replace(
            base,
            retention_by_week={date(2026, 11, 16): 0.8, date(2026, 11, 23): 0.95},
            reviews=5,
            cards=6,
        )
        screen.show_stats(weekly)
        await pilot.pause()
        chart = screen.query_one("#retention")
        assert shown(chart)
        plain = chart.plot(80).plain
        assert "100%" in plain and "Nov 16" in plain


@run_async
async def test_stats_failure_is_shown_not_raised(tmp_path) -> None:
    store = Store.open(tmp_path / "p.db")
    store.close()  # every query now fails
    app = Host(lambda: StatsScreen([deck()], store, Settings(), NOW))
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        assert "Cannot compute stats" in text_of(app.screen, "#stats-loading")
