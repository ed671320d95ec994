from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path

from quizlib.srs.optimize import MIN_TRAINING_ITEMS, optimize_parameters
from quizlib.srs.scheduler import CardState, Rating, Scheduler, State
from quizlib.srs.settings import Settings, load_settings
from quizlib.srs.stats import collect_stats
from quizlib.srs.store import Store

from .conftest import make_deck


def test_stats_of_a_fresh_deck(store: Store, settings: Settings, now: datetime) -> None:
    stats = collect_stats([make_deck(n=3)], store, settings, now)
    d = stats.to_dict()
    assert {"cards", "new", "learning", "review", "suspended", "due", "reviews", "retention"} <= (
        d.keys()
    )
    assert {"forecast", "per_day", "streak"} <= d.keys()
    assert (d["cards"], d["new"], d["learning"], d["review"], d["due"]) == (3, 3, 0, 0, 0)
    assert d["reviews"] == 0 and d["retention"] is None and d["streak"] == 0
    assert len(d["forecast"]) == 30 and len(d["per_day"]) == 182
    assert len(d["retention_by_week"]) == 12
    assert set(d["retention_by_week"].values()) == {None}
    json.dumps(d)
    assert "cards" in stats.to_text()


def test_stats_after_some_days(store: Store, scheduler: Scheduler, now: datetime) -> None:
    settings = Settings()
    deck = make_deck(n=6)
    # three study days in a row ending today, one review a day for c0..c2
    for day in (2, 1, 0):
        when = now - timedelta(days=day)
        for i in range(3):
            state = store.get("d", f"c{i}") or scheduler.new_state("d", f"c{i}", when)
            rating = Rating.AGAIN if (day == 0 and i == 0) else Rating.GOOD
            new, log = scheduler.review(state, rating, when, duration_ms=60_000)
            store.record(new, log)
    store.set_suspended("d", "c5", True)
    store.put(CardState("d", "orphan", State.REVIEW, None, 1.0, 5.0, now, now))
    stats = collect_stats([deck], store, settings, now)
    assert stats.cards == 6
    assert (stats.new, stats.suspended) == (2, 1)
    assert stats.learning + stats.review == 3
    assert stats.reviews == 9 and stats.reviews_today == 3
    assert stats.time_today_ms == 180_000
    assert stats.streak == 3
    assert list(stats.per_day.values())[-3:] == [3, 3, 3]
    assert sum(stats.forecast) == 3
    assert stats.due == sum(
        1
        for s in store.states("d").values()
        if s.due < now + timedelta(hours=16) and s.item_id != "orphan" and s.state != State.NEW
    )
    # retention: reviews of items in the review state that were not Again
    review_logs = [log for log in store.logs() if log.state_before == State.REVIEW]
    passed = sum(log.rating != Rating.AGAIN for log in review_logs)
    assert stats.retention == passed / len(review_logs)
    # the streak survives until the day ends, then breaks
    tomorrow = settings.next_day_start(now) + timedelta(hours=1)
    assert collect_stats([deck], store, settings, tomorrow).streak == 3
    assert collect_stats([deck], store, settings, tomorrow + timedelta(days=1)).streak == 0


def test_optimize_with_too_few_reviews(store: Store, scheduler: Scheduler, now: datetime) -> None:
    for i in range(3):
        new, log = scheduler.review(scheduler.new_state("d", f"c{i}", now), Rating.GOOD, now)
        store.record(new, log)
    result = optimize_parameters(store, Settings(), save=False)
    assert not result.enough and result.parameters is None
    assert result.reviews == 3 and result.needed == MIN_TRAINING_ITEMS
    assert f"at least {MIN_TRAINING_ITEMS}" in str(result)


def simulate(store: Store, items: int, days: int, now: datetime) -> None:
    """A learner whose recall follows FSRS with harder-than-default memory."""
    rng = random.Random(7)
    scheduler = Scheduler(Settings(), fuzz=True, rng=rng)
    start = now - timedelta(days=days)
    states = {f"c{i}": scheduler.new_state("d", f"c{i}", start) for i in range(items)}
    for day in range(days):
        when = start + timedelta(days=day)
        for item, state in list(states.items()):
            if state.due > when + timedelta(hours=12):
                continue
            recall = scheduler.retrievability(state, when) ** 2 if state.reps else 0.6
            rating = Rating.GOOD if rng.random() < recall else Rating.AGAIN
            new, log = scheduler.review(state, rating, when)
            store.record(new, log)
            if new.state != State.REVIEW:  # finish learning the same day
                new, log = scheduler.review(new, Rating.GOOD, when + timedelta(minutes=10))
                store.record(new, log)
            states[item] = new


def test_optimize_fits_and_saves(tmp_path: Path, now: datetime) -> None:
    with Store.open(tmp_path / "p.db") as store:
        simulate(store, items=150, days=120, now=now)
        path = tmp_path / "settings.yaml"
        result = optimize_parameters(store, Settings(), path=path)
    assert result.enough and result.parameters is not None and len(result.parameters) == 21
    assert result.log_loss_after is not None and result.log_loss_before is not None
    assert result.log_loss_after < result.log_loss_before
    assert result.saved and load_settings(path).parameters is not None
    Scheduler(load_settings(path))  # the saved parameters are usable
    assert "log loss" in str(result)


def test_retention_by_week(store: Store, scheduler: Scheduler, now: datetime) -> None:
    settings = Settings()
    deck = make_deck(n=4)
    # each item graduates to review two weeks ago, then is reviewed once this week
    start = now - timedelta(days=21)
    for i in range(4):
        state = scheduler.new_state("d", f"c{i}", start)
        state, log = scheduler.review(state, Rating.EASY, start)
        store.record(state, log)
        assert state.state == State.REVIEW
        rating = Rating.AGAIN if i == 0 else Rating.GOOD
        state, log = scheduler.review(state, rating, now - timedelta(hours=1))
        store.record(state, log)
    weeks = collect_stats([deck], store, settings, now).retention_by_week
    monday = (now - timedelta(days=now.weekday())).date()
    assert list(weeks)[-1] == monday
    assert weeks[monday] == 0.75
    assert all(r is None for d, r in weeks.items() if d != monday)
