"""FSRS scheduling behind quizlib's own small interface (py-fsrs 6 does the maths).

States and logs are frozen dataclasses: `review` returns new values and changes nothing.
Time (`now`, tz-aware) and randomness (`rng`, for fuzz) come from the caller.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import Any

import fsrs

from quizlib.srs.settings import Settings

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MODES = ("flip", "typed", "choice", "cloze", "import")

# py-fsrs's fuzz ranges (fsrs.scheduler.FUZZ_RANGES), applied here with the caller's rng.
_FUZZ_RANGES = ((2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, math.inf, 0.05))
# fsrs.Card needs an id; without one it reads the clock and sleeps 1 ms.
_FSRS_CARD_ID = 1


class Rating(IntEnum):
    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class State(IntEnum):
    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True)
class CardState:
    """The scheduling state of one item of a deck; never any text.

    A NEW item has no stability or difficulty, and its `due` means nothing.
    """

    deck_id: str
    item_id: str
    state: State = State.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime = EPOCH
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0
    suspended: bool = False
    buried_until: datetime | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.deck_id, self.item_id)

    @property
    def is_new(self) -> bool:
        return self.state == State.NEW

    @property
    def is_learning(self) -> bool:
        return self.state in (State.LEARNING, State.RELEARNING)

    def is_buried(self, now: datetime) -> bool:
        return self.buried_until is not None and now < self.buried_until

    def interval(self) -> timedelta | None:
        """The interval it was last scheduled with (due - last review), or None if new."""
        if self.last_review is None or self.state == State.NEW:
            return None
        return self.due - self.last_review

    def to_dict(self) -> dict[str, Any]:
        return {
            "deck_id": self.deck_id,
            "item_id": self.item_id,
            "state": int(self.state),
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "due": self.due.isoformat(),
            "last_review": self.last_review.isoformat() if self.last_review else None,
            "reps": self.reps,
            "lapses": self.lapses,
            "suspended": self.suspended,
            "buried_until": self.buried_until.isoformat() if self.buried_until else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CardState:
        def when(v: str | None) -> datetime | None:
            return datetime.fromisoformat(v) if v else None

        return cls(
            deck_id=d["deck_id"],
            item_id=d["item_id"],
            state=State(d["state"]),
            step=d.get("step"),
            stability=d.get("stability"),
            difficulty=d.get("difficulty"),
            due=when(d.get("due")) or EPOCH,
            last_review=when(d.get("last_review")),
            reps=d.get("reps", 0),
            lapses=d.get("lapses", 0),
            suspended=bool(d.get("suspended", False)),
            buried_until=when(d.get("buried_until")),
        )


@dataclass(frozen=True)
class ReviewLog:
    """One rating of one item: what was answered and how, and what the item became.

    `state_before` and `last_interval` with `state`, `interval`, `stability` and
    `difficulty` (after the review) are what an Anki revlog row needs (type, lastIvl,
    ivl, factor). `previous` is the whole state before the review, kept for undo.
    """

    deck_id: str
    item_id: str
    rating: Rating
    reviewed_at: datetime
    duration_ms: int | None = None
    mode: str = "flip"
    typed: str | None = None
    state_before: State = State.NEW
    state: State = State.LEARNING
    due: datetime = EPOCH
    interval: timedelta = timedelta(0)
    last_interval: timedelta | None = None
    stability: float | None = None
    difficulty: float | None = None
    previous: CardState | None = field(default=None, compare=False)
    id: int | None = field(default=None, compare=False)


class Scheduler:
    """FSRS-6 with the person's settings. Fuzz spreads review intervals a little, as Anki does."""

    def __init__(
        self, settings: Settings, *, fuzz: bool = True, rng: random.Random | None = None
    ) -> None:
        self.settings = settings
        self.fuzz = fuzz
        self.rng = rng if rng is not None else random.Random()
        kwargs: dict[str, Any] = {}
        if settings.parameters is not None:
            kwargs["parameters"] = settings.parameters
        try:
            self._fsrs = fsrs.Scheduler(
                desired_retention=settings.desired_retention,
                learning_steps=settings.learning_steps,
                relearning_steps=settings.relearning_steps,
                maximum_interval=settings.maximum_interval,
                enable_fuzzing=False,
                **kwargs,
            )
        except ValueError as e:  # parameters out of bounds: Settings checks, but be sure
            from quizlib.errors import ConfigError

            raise ConfigError(f"invalid FSRS parameters: {e}") from e

    def new_state(self, deck_id: str, item_id: str, now: datetime) -> CardState:
        """A never-studied item, due now."""
        return CardState(deck_id, item_id, due=_utc(now))

    def review(
        self,
        state: CardState,
        rating: Rating,
        now: datetime,
        *,
        duration_ms: int | None = None,
        mode: str = "flip",
        typed: str | None = None,
    ) -> tuple[CardState, ReviewLog]:
        """Rate an item: its next state and the log entry to record."""
        if mode not in MODES:
            raise ValueError(f"unknown review mode {mode!r}; one of {', '.join(MODES)}")
        now = _utc(now)
        rating = Rating(rating)
        card = self._next(state, rating, now)
        interval = card.due - now
        if self.fuzz and card.state == fsrs.State.Review:
            interval = self._fuzzed(interval)
        lapsed = state.state == State.REVIEW and rating == Rating.AGAIN
        new = replace(
            state,
            state=State(int(card.state)),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=now + interval,
            last_review=now,
            reps=state.reps + 1,
            lapses=state.lapses + (1 if lapsed else 0),
            buried_until=None,
        )
        log = ReviewLog(
            deck_id=state.deck_id,
            item_id=state.item_id,
            rating=rating,
            reviewed_at=now,
            duration_ms=duration_ms,
            mode=mode,
            typed=typed,
            state_before=state.state,
            state=new.state,
            due=new.due,
            interval=interval,
            last_interval=state.interval(),
            stability=new.stability,
            difficulty=new.difficulty,
            previous=state,
        )
        return new, log

    def preview(self, state: CardState, now: datetime) -> dict[Rating, timedelta]:
        """The next interval for each rating, without fuzz (what Anki shows on its buttons)."""
        now = _utc(now)
        return {r: self._next(state, r, now).due - now for r in Rating}

    def retrievability(self, state: CardState, now: datetime) -> float:
        """The predicted chance of recalling the item now (0 for a new item)."""
        if state.state == State.NEW or state.last_review is None or state.stability is None:
            return 0.0
        return float(self._fsrs.get_card_retrievability(self._to_fsrs(state), _utc(now)))

    def _next(self, state: CardState, rating: Rating, now: datetime) -> fsrs.Card:
        card, _ = self._fsrs.review_card(self._to_fsrs(state), fsrs.Rating(int(rating)), now)
        return card

    def _to_fsrs(self, state: CardState) -> fsrs.Card:
        if state.state == State.NEW:
            return fsrs.Card(card_id=_FSRS_CARD_ID, state=fsrs.State.Learning, step=0)
        step = state.step
        if state.is_learning and step is None:
            step = 0
        stability, difficulty = state.stability, state.difficulty
        if state.state != State.LEARNING and (stability is None or difficulty is None):
            # no memory state (history from an SM-2 scheduler): at 90% retention the
            # interval it was given is about its stability; difficulty: the middle
            interval = state.interval()
            days = interval.total_seconds() / 86400 if interval else 1.0
            stability = stability if stability is not None else max(days, 0.1)
            difficulty = difficulty if difficulty is not None else 5.0
        return fsrs.Card(
            card_id=_FSRS_CARD_ID,
            state=fsrs.State(int(state.state)),
            step=step,
            stability=stability,
            difficulty=difficulty,
            due=_utc(state.due),
            last_review=_utc(state.last_review) if state.last_review else None,
        )

    def _fuzzed(self, interval: timedelta) -> timedelta:
        days = interval.days
        if days < 2.5:
            return interval
        delta = 1.0
        for start, end, factor in _FUZZ_RANGES:
            delta += factor * max(min(float(days), end) - start, 0.0)
        maximum = self.settings.maximum_interval
        hi = min(round(days + delta), maximum)
        lo = min(max(2, round(days - delta)), hi)
        return timedelta(days=min(self.rng.randint(lo, hi), maximum))


def describe_interval(interval: timedelta) -> str:
    """A short human form for rating buttons: 45s, 10m, 3h, 4d, 2.5mo, 1.2y."""
    seconds = interval.total_seconds()
    if seconds < 60:
        return f"{max(0, round(seconds))}s"
    if seconds < 3600:
        return f"{round(seconds / 60)}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo".replace(".0mo", "mo")
    return f"{days / 365:.1f}y".replace(".0y", "y")


def _utc(when: datetime) -> datetime:
    if when.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return when.astimezone(UTC)
