"""Scheduling fields and revlog rows, both ways, without Anki."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from quizlib.anki.progress import (
    QUEUE_DAY_LEARN,
    QUEUE_LEARN,
    QUEUE_REVIEW,
    QUEUE_SUSPENDED,
    AnkiDays,
    logs_from_revlog,
    revlog_row,
    schedule_for,
    state_from_card,
)
from quizlib.srs.scheduler import CardState, Rating, ReviewLog, Scheduler
from quizlib.srs.settings import Settings

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
# Day 100 of a collection whose days start at 04:00 UTC.
DAYS = AnkiDays(today=100, cutoff=int(datetime(2026, 11, 21, 4, 0, tzinfo=UTC).timestamp()))


def _studied(
    *ratings: Rating, step: timedelta = timedelta(days=0)
) -> tuple[CardState, list[ReviewLog]]:
    scheduler = Scheduler(Settings(), fuzz=False)
    state = scheduler.new_state("d", "c", NOW)
    logs = []
    when = NOW
    for rating in ratings:
        state, log = scheduler.review(state, rating, when, duration_ms=3000)
        logs.append(log)
        when = max(state.due, when + timedelta(minutes=1)) + step
    return state, logs


@pytest.mark.parametrize(
    ("ratings", "queue"),
    [
        ((Rating.GOOD,), QUEUE_LEARN),
        ((Rating.EASY,), QUEUE_REVIEW),
        # Relearning a week after "today": Anki's day-learning queue.
        ((Rating.EASY, Rating.AGAIN), QUEUE_DAY_LEARN),
    ],
)
def test_states_survive_the_trip(ratings: tuple[Rating, ...], queue: int) -> None:
    state, logs = _studied(*ratings)
    schedule = schedule_for(state, DAYS, Settings())
    assert schedule.queue == queue
    rows = [revlog_row(log, 1, int(log.reviewed_at.timestamp() * 1000)) for log in logs]
    back_logs = logs_from_revlog("d", "c", [(r[0], *r[3:]) for r in rows])
    assert [log.rating for log in back_logs] == list(ratings)
    assert [log.state for log in back_logs] == [log.state for log in logs]
    back = state_from_card("d", "c", schedule, DAYS, Settings(), back_logs)
    assert back is not None
    assert (back.state, back.reps, back.lapses, back.step) == (
        state.state,
        state.reps,
        state.lapses,
        state.step,
    )
    assert back.stability == state.stability and back.difficulty == state.difficulty
    if queue != QUEUE_LEARN:
        assert DAYS.day(back.due) == DAYS.day(state.due)
        assert back.due <= state.due  # due at the start of Anki's day
    else:
        assert back.due == state.due


def test_review_due_is_counted_in_anki_days() -> None:
    state, _ = _studied(Rating.EASY)
    schedule = schedule_for(state, DAYS, Settings())
    assert schedule.due == 100 + (state.due - NOW).days + (1 if state.due.hour < 4 else 0)
    assert schedule.ivl == round((state.due - NOW).total_seconds() / 86400)


def test_learning_due_tomorrow_goes_to_the_day_queue() -> None:
    state, _ = _studied(Rating.GOOD)
    later = CardState(**{**state.__dict__, "due": NOW + timedelta(days=2)})
    schedule = schedule_for(later, DAYS, Settings())
    assert schedule.queue == QUEUE_DAY_LEARN and schedule.due == 102


def test_suspended_and_new() -> None:
    state, _ = _studied(Rating.EASY)
    suspended = CardState(**{**state.__dict__, "suspended": True})
    schedule = schedule_for(suspended, DAYS, Settings())
    assert schedule.queue == QUEUE_SUSPENDED
    back = state_from_card("d", "c", schedule, DAYS, Settings(), [])
    assert back is not None and back.suspended
    new = schedule_for(CardState("d", "c"), DAYS, Settings())
    assert state_from_card("d", "c", new, DAYS, Settings(), []) is None
    assert schedule_for(CardState("d", "c", suspended=True), DAYS, Settings()).queue == -1


def test_manual_revlog_entries_are_not_reviews() -> None:
    rows = [(1_700_000_000_000, 0, 5, 0, 0, 0, 4), (1_700_000_100_000, 3, -600, 0, 0, 2000, 0)]
    (log,) = logs_from_revlog("d", "c", rows)
    assert log.rating == Rating.GOOD and log.interval == timedelta(minutes=10)
