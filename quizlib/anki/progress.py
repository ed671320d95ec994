"""Progress between quizlib's store and Anki: card scheduling fields and revlog rows.

Anki counts review due dates in days since its collection was created, with the day
starting at its rollover hour (4 am, as quizlib); learning cards due today carry a
timestamp. `AnkiDays` converts, using the collection's own "today" and day cutoff.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from quizlib.srs.scheduler import CardState, Rating, ReviewLog, State
from quizlib.srs.settings import Settings

DAY = 86400
# Anki's card types and queues (anki.consts).
TYPE_NEW, TYPE_LEARN, TYPE_REVIEW, TYPE_RELEARN = 0, 1, 2, 3
QUEUE_SUSPENDED, QUEUE_NEW, QUEUE_LEARN, QUEUE_REVIEW, QUEUE_DAY_LEARN = -1, 0, 1, 2, 3
# Anki's revlog types.
REVLOG_LEARN, REVLOG_REVIEW, REVLOG_RELEARN, REVLOG_FILTERED = 0, 1, 2, 3
MAX_REVIEW_MS = 60_000  # Anki caps the time a review took at 60 s


@dataclass(frozen=True)
class AnkiDays:
    """A collection's day numbering: `today` and the timestamp when tomorrow starts."""

    today: int
    cutoff: int

    def day(self, when: datetime) -> int:
        return self.today + math.floor((when.timestamp() - (self.cutoff - DAY)) / DAY)

    def start(self, day: int) -> datetime:
        """When day number `day` begins."""
        return datetime.fromtimestamp(self.cutoff - DAY + (day - self.today) * DAY, UTC)


@dataclass(frozen=True)
class AnkiSchedule:
    """The scheduling columns of an Anki card."""

    type: int
    queue: int
    due: int
    ivl: int
    left: int
    reps: int
    lapses: int
    stability: float | None
    difficulty: float | None
    last_review: int | None  # seconds


def _days(interval: timedelta) -> int:
    return max(1, round(interval.total_seconds() / DAY))


def schedule_for(state: CardState, days: AnkiDays, settings: Settings) -> AnkiSchedule:
    """The Anki scheduling of a studied item."""
    last = None if state.last_review is None else int(state.last_review.timestamp())
    common: dict[str, Any] = {
        "reps": state.reps,
        "lapses": state.lapses,
        "stability": state.stability,
        "difficulty": state.difficulty,
        "last_review": last,
    }
    if state.state == State.REVIEW:
        interval = state.interval() or timedelta(days=1)
        queue = QUEUE_REVIEW
        sched = AnkiSchedule(TYPE_REVIEW, queue, days.day(state.due), _days(interval), 0, **common)
    elif state.is_learning:
        relearning = state.state == State.RELEARNING
        steps = settings.relearning_steps if relearning else settings.learning_steps
        left = max(1, len(steps) - (state.step or 0))
        ctype = TYPE_RELEARN if relearning else TYPE_LEARN
        ivl = _days(state.interval() or timedelta(days=1)) if relearning else 0
        if state.due.timestamp() < days.cutoff:
            sched = AnkiSchedule(
                ctype, QUEUE_LEARN, int(state.due.timestamp()), ivl, left, **common
            )
        else:
            sched = AnkiSchedule(ctype, QUEUE_DAY_LEARN, days.day(state.due), ivl, left, **common)
    else:
        queue = QUEUE_SUSPENDED if state.suspended else QUEUE_NEW
        return AnkiSchedule(TYPE_NEW, queue, 0, 0, 0, 0, 0, None, None, None)
    if state.suspended:
        return replace(sched, queue=QUEUE_SUSPENDED)
    return sched


def _revlog_ivl(interval: timedelta | None, state: State) -> int:
    """Anki's revlog interval: days for a review state, negative seconds while learning."""
    if interval is None:
        return 0
    if state == State.REVIEW:
        return _days(interval)
    return -max(1, round(interval.total_seconds()))


_REVLOG_TYPE = {
    State.NEW: REVLOG_LEARN,
    State.LEARNING: REVLOG_LEARN,
    State.REVIEW: REVLOG_REVIEW,
    State.RELEARNING: REVLOG_RELEARN,
}


def revlog_row(log: ReviewLog, card_id: int, row_id: int) -> tuple[int, ...]:
    """(id, cid, usn, ease, ivl, lastIvl, factor, time, type) for one review."""
    previous = State.REVIEW if log.state_before == State.REVIEW else State.LEARNING
    factor = 0 if log.difficulty is None else round(log.difficulty * 100)
    taken = min(MAX_REVIEW_MS, max(0, log.duration_ms or 0))
    return (
        row_id,
        card_id,
        -1,
        int(log.rating),
        _revlog_ivl(log.interval, log.state),
        _revlog_ivl(log.last_interval, previous),
        factor,
        taken,
        _REVLOG_TYPE[log.state_before],
    )


# -- from Anki ------------------------------------------------------------------------


def _interval(ivl: int) -> timedelta:
    return timedelta(days=ivl) if ivl > 0 else timedelta(seconds=-ivl)


def logs_from_revlog(
    deck_id: str, item_id: str, rows: Sequence[tuple[int, ...]]
) -> list[ReviewLog]:
    """Review logs from an Anki card's revlog rows (id, ease, ivl, lastIvl, factor, time, type).

    Manual and rescheduling entries (no rating) are left out: they are not reviews.
    """
    logs: list[ReviewLog] = []
    before = State.NEW
    for row_id, ease, ivl, last_ivl, factor, taken, kind in sorted(rows):
        if ease not in (1, 2, 3, 4) or kind > REVLOG_FILTERED:
            continue
        if kind == REVLOG_REVIEW or kind == REVLOG_FILTERED:
            before = State.REVIEW
        elif kind == REVLOG_RELEARN:
            before = State.RELEARNING
        elif before != State.NEW:
            before = State.LEARNING
        if ivl > 0:
            after = State.REVIEW
        elif kind == REVLOG_LEARN:
            after = State.LEARNING
        else:
            after = State.RELEARNING
        reviewed = datetime.fromtimestamp(row_id / 1000, UTC)
        interval = _interval(ivl)
        logs.append(
            ReviewLog(
                deck_id=deck_id,
                item_id=item_id,
                rating=Rating(ease),
                reviewed_at=reviewed,
                duration_ms=taken or None,
                mode="import",
                state_before=before,
                state=after,
                due=reviewed + interval,
                interval=interval,
                last_interval=_interval(last_ivl) if last_ivl else None,
                difficulty=factor / 100 if 100 <= factor <= 1000 else None,
            )
        )
        before = after
    return logs


def state_from_card(
    deck_id: str,
    item_id: str,
    schedule: AnkiSchedule,
    days: AnkiDays,
    settings: Settings,
    logs: list[ReviewLog],
) -> CardState | None:
    """The quizlib state of a studied Anki card; None for a new card."""
    if schedule.type == TYPE_NEW:
        return None
    last: datetime | None = None
    if schedule.last_review:
        last = datetime.fromtimestamp(schedule.last_review, UTC)
    elif logs:
        last = logs[-1].reviewed_at
    if schedule.type == TYPE_REVIEW:
        state = State.REVIEW
    elif schedule.type == TYPE_RELEARN:
        state = State.RELEARNING
    else:
        state = State.LEARNING
    if schedule.due > 1_000_000_000:  # a timestamp: learning due today
        due = datetime.fromtimestamp(schedule.due, UTC)
    else:
        due = days.start(schedule.due)
    if last is None and state == State.REVIEW:
        last = due - timedelta(days=max(1, schedule.ivl))
    step: int | None = None
    if state != State.REVIEW:
        steps = settings.relearning_steps if state == State.RELEARNING else settings.learning_steps
        step = max(0, min(len(steps) - 1, len(steps) - (schedule.left % 1000)))
    return CardState(
        deck_id=deck_id,
        item_id=item_id,
        state=state,
        step=step,
        stability=schedule.stability,
        difficulty=schedule.difficulty,
        due=due,
        last_review=last,
        reps=schedule.reps,
        lapses=schedule.lapses,
        suspended=schedule.queue == QUEUE_SUSPENDED,
    )
