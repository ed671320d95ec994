from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from quizlib.srs.scheduler import (
    CardState,
    Rating,
    Scheduler,
    State,
    describe_interval,
)
from quizlib.srs.settings import Settings

from .conftest import NOW


def test_new_item_preview_matches_ankis_buttons(scheduler: Scheduler, now: datetime) -> None:
    state = scheduler.new_state("d", "c1", now)
    assert state.state == State.NEW and state.due == now
    preview = scheduler.preview(state, now)
    assert preview[Rating.AGAIN] == timedelta(minutes=1)
    assert preview[Rating.HARD] == timedelta(minutes=5, seconds=30)
    assert preview[Rating.GOOD] == timedelta(minutes=10)
    assert preview[Rating.EASY] >= timedelta(days=1)


def test_learning_then_review(scheduler: Scheduler, now: datetime) -> None:
    s0 = scheduler.new_state("d", "c1", now)
    s1, log1 = scheduler.review(s0, Rating.GOOD, now, duration_ms=1200, mode="typed", typed="x")
    assert s1.state == State.LEARNING and s1.step == 1 and s1.reps == 1
    assert s1.due == now + timedelta(minutes=10) and s1.last_review == now
    assert (log1.state_before, log1.state, log1.mode, log1.typed) == (
        State.NEW,
        State.LEARNING,
        "typed",
        "x",
    )
    assert log1.previous == s0 and log1.interval == timedelta(minutes=10)
    later = now + timedelta(minutes=10)
    s2, log2 = scheduler.review(s1, Rating.GOOD, later)
    assert s2.state == State.REVIEW and s2.step is None
    assert s2.due - later >= timedelta(days=1)
    assert log2.last_interval == timedelta(minutes=10)
    # a lapse
    when = s2.due
    s3, log3 = scheduler.review(s2, Rating.AGAIN, when)
    assert s3.state == State.RELEARNING and s3.lapses == 1 and s3.reps == 3
    assert s3.due == when + timedelta(minutes=10)
    assert log3.state_before == State.REVIEW


def test_review_returns_new_values(scheduler: Scheduler, now: datetime) -> None:
    s0 = replace(scheduler.new_state("d", "c1", now), buried_until=now + timedelta(hours=1))
    s1, _ = scheduler.review(s0, Rating.EASY, now)
    assert s0.state == State.NEW and s0.reps == 0
    assert s1.buried_until is None


def test_fuzz_uses_the_given_rng(settings: Settings, now: datetime) -> None:
    def due_after(seed: int) -> datetime:
        sch = Scheduler(settings, fuzz=True, rng=random.Random(seed))
        state = CardState(
            "d", "c", State.REVIEW, None, 40.0, 5.0, now, now - timedelta(days=40), 5, 0
        )
        return sch.review(state, Rating.GOOD, now)[0].due

    assert due_after(1) == due_after(1)
    assert len({due_after(seed) for seed in range(30)}) > 1
    plain = Scheduler(settings, fuzz=False)
    state = CardState("d", "c", State.REVIEW, None, 40.0, 5.0, now, now - timedelta(days=40))
    base = (plain.review(state, Rating.GOOD, now)[0].due - now).days
    for seed in range(30):
        fuzzed = (due_after(seed) - now).days
        assert abs(fuzzed - base) <= max(2, base * 0.1)


def test_times_must_be_aware(scheduler: Scheduler) -> None:
    with pytest.raises(ValueError, match="timezone"):
        scheduler.new_state("d", "c", datetime(2026, 1, 1))


def test_unknown_mode_rejected(scheduler: Scheduler, now: datetime) -> None:
    with pytest.raises(ValueError, match="mode"):
        scheduler.review(scheduler.new_state("d", "c", now), Rating.GOOD, now, mode="voice")


def test_retrievability(scheduler: Scheduler, now: datetime) -> None:
    s0 = scheduler.new_state("d", "c", now)
    assert scheduler.retrievability(s0, now) == 0.0
    s1, _ = scheduler.review(s0, Rating.EASY, now)
    r_now = scheduler.retrievability(s1, now)
    r_due = scheduler.retrievability(s1, s1.due)
    r_late = scheduler.retrievability(s1, s1.due + timedelta(days=60))
    assert r_now == pytest.approx(1.0)
    assert r_due == pytest.approx(0.9, abs=0.03)
    assert r_late < r_due < r_now


def test_personal_parameters_are_used(now: datetime) -> None:
    from fsrs.scheduler import DEFAULT_PARAMETERS

    params = (0.212, 1.2931, 2.3065, 40.0, *DEFAULT_PARAMETERS[4:])
    sch = Scheduler(Settings(parameters=params), fuzz=False)
    easy = sch.preview(sch.new_state("d", "c", now), now)[Rating.EASY]
    default_easy = Scheduler(Settings(), fuzz=False).preview(sch.new_state("d", "c", now), now)[
        Rating.EASY
    ]
    assert easy > default_easy


def test_state_dict_round_trip(scheduler: Scheduler, now: datetime) -> None:
    s, _ = scheduler.review(scheduler.new_state("d", "c#c2", now), Rating.GOOD, now)
    assert CardState.from_dict(s.to_dict()) == s


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (timedelta(seconds=30), "30s"),
        (timedelta(minutes=10), "10m"),
        (timedelta(hours=3), "3h"),
        (timedelta(days=4), "4d"),
        (timedelta(days=75), "2.5mo"),
        (timedelta(days=730), "2y"),
    ],
)
def test_describe_interval(interval: timedelta, text: str) -> None:
    assert describe_interval(interval) == text


# properties: due dates never go back, intervals stay within bounds

ratings = st.sampled_from(list(Rating))
gaps = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400))


@hsettings(max_examples=150, deadline=None)
@given(
    steps=st.lists(st.tuples(ratings, gaps), min_size=1, max_size=25),
    fuzz=st.booleans(),
    seed=st.integers(0, 2**32),
    maximum=st.sampled_from([7, 30, 36500]),
    retention=st.floats(0.7, 0.99),
)
def test_due_never_goes_back_and_intervals_stay_in_bounds(
    steps: list[tuple[Rating, timedelta]],
    fuzz: bool,
    seed: int,
    maximum: int,
    retention: float,
) -> None:
    settings = Settings(maximum_interval=maximum, desired_retention=retention)
    sch = Scheduler(settings, fuzz=fuzz, rng=random.Random(seed))
    when = NOW
    state = sch.new_state("d", "c", when)
    for rating, gap in steps:
        when = when + gap
        for interval in sch.preview(state, when).values():
            assert timedelta(0) < interval <= timedelta(days=maximum)
        new, log = sch.review(state, rating, when)
        assert new.due > when, "due before the review"
        assert new.due - when <= timedelta(days=maximum)
        if new.state == State.REVIEW:
            assert timedelta(days=1) <= new.due - when
        assert new.stability is not None and new.stability > 0
        assert new.difficulty is not None and 1.0 <= new.difficulty <= 10.0
        assert new.reps == state.reps + 1 and new.lapses >= state.lapses
        assert log.due == new.due and log.interval == new.due - when
        state = new


def test_a_review_without_memory_state_is_estimated(scheduler: Scheduler, now: datetime) -> None:
    # as an item imported from an SM-2 collection may be
    state = CardState("d", "c", State.REVIEW, None, None, None, now, now - timedelta(days=20), 4)
    assert 0.8 < scheduler.retrievability(replace(state, stability=20.0), now) < 1
    new, _ = scheduler.review(state, Rating.GOOD, now)
    assert new.stability is not None and new.stability > 20
    assert new.due - now > timedelta(days=20)
    relearning = replace(state, state=State.RELEARNING, step=0)
    assert scheduler.review(relearning, Rating.GOOD, now)[0].state == State.REVIEW
