"""A study session: the day's queue, one item at a time, each rating committed at once.

Used by the TUI and `quiz study`. The session keeps its own clock, moved forward by
every call that takes `now`; learning items due again later in the session come back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from quizlib.errors import QuizlibError
from quizlib.model import Deck
from quizlib.srs.queue import DayQueue, Due, build_queue, learn_ahead
from quizlib.srs.scheduler import CardState, Rating, Scheduler
from quizlib.srs.settings import Settings
from quizlib.srs.store import Store


@dataclass(frozen=True)
class _Done:
    """What undo needs to put a rated item back."""

    due: Due
    source: str  # "learning", "review", "new" or "pinned"
    requeued: Due | None


class Session:
    """Study some decks: `current`, then `rate`, until `current` is None."""

    def __init__(
        self,
        decks: Sequence[Deck],
        store: Store,
        scheduler: Scheduler,
        settings: Settings,
        now: datetime,
    ) -> None:
        self.decks = tuple(decks)
        self.store = store
        self.scheduler = scheduler
        self.settings = settings
        self.started_at = now
        self.studied = 0
        self.again = 0
        self._now = now
        self._queue: DayQueue = build_queue(self.decks, store, settings, now)
        self._pinned: Due | None = None
        self._done: list[_Done] = []

    # reading

    @property
    def now(self) -> datetime:
        return self._now

    def advance(self, now: datetime) -> None:
        """Move the session's clock (it never goes back): learning items may become due."""
        if now > self._now:
            self._now = now

    @property
    def current(self) -> Due | None:
        """The item to show now, or None when nothing is due (see `next_due`)."""
        return self._pick()[0]

    @property
    def counts(self) -> tuple[int, int, int]:
        """Items left now: (new, learning, review), like Anki's three numbers.

        Learning counts the items due within the learn-ahead limit, as Anki does; the
        ones due later today come back then (see `next_due`).
        """
        q = self._queue
        pinned = self._pinned
        extra = [0, 0, 0]
        if pinned is not None:
            if pinned.state.is_new:
                extra[0] = 1
            elif pinned.state.is_learning:
                extra[1] = 1
            else:
                extra[2] = 1
        learning = q.learning_due(self._now + learn_ahead(self.settings))
        return (len(q.new) + extra[0], learning + extra[1], len(q.review) + extra[2])

    @property
    def next_due(self) -> datetime | None:
        """When the next learning item waiting later today becomes due, if any."""
        return self._queue.next_learning_due()

    @property
    def finished(self) -> bool:
        """Nothing left today (no learning items waiting either)."""
        q = self._queue
        return self._pinned is None and not any((q.learning, q.later, q.review, q.new))

    def preview(self, now: datetime) -> dict[Rating, timedelta]:
        """The next interval of the current item for each rating ({} when there is none)."""
        self.advance(now)
        due = self.current
        if due is None:
            return {}
        return self.scheduler.preview(due.state, now)

    def _pick(self) -> tuple[Due | None, str]:
        if self._pinned is not None:
            return self._pinned, "pinned"
        q = self._queue
        q.release(self._now + learn_ahead(self.settings))
        if q.learning and q.learning[0].state.due <= self._now:
            return q.learning[0], "learning"
        if q.review:
            return q.review[0], "review"
        if q.new:
            return q.new[0], "new"
        if q.learning and q.learning[0].state.due <= self._now + learn_ahead(self.settings):
            return q.learning[0], "learning"
        return None, ""

    def _take(self) -> tuple[Due, str]:
        due, source = self._pick()
        if due is None:
            raise QuizlibError("nothing to study now")
        if source == "pinned":
            self._pinned = None
        else:
            getattr(self._queue, source).remove(due)
        return due, source

    # changing

    def rate(
        self,
        rating: Rating,
        now: datetime,
        *,
        duration_ms: int | None = None,
        mode: str = "flip",
        typed: str | None = None,
    ) -> CardState:
        """Rate the current item; the review is committed to the store before this returns."""
        self.advance(now)
        due, source = self._pick()
        if due is None:
            raise QuizlibError("nothing to study now")
        state, log = self.scheduler.review(
            due.state, rating, now, duration_ms=duration_ms, mode=mode, typed=typed
        )
        self.store.record(state, log)
        self._take()
        requeued = None
        day_end = self._queue.day_end
        if state.is_learning and (day_end is None or state.due < day_end):
            requeued = replace(due, state=state)
            self._queue.add_learning(requeued)
        self._done.append(_Done(due, source, requeued))
        self.studied += 1
        if rating == Rating.AGAIN:
            self.again += 1
        return state

    def undo(self, now: datetime) -> bool:
        """Undo the session's last rating: the item's state and log row are restored, and it
        is shown again. False if nothing was rated in this session."""
        self.advance(now)
        if not self._done:
            return False
        done = self._done[-1]
        log = self.store.undo_last([done.due.deck.id], key=done.due.key)
        if log is None:
            raise QuizlibError(
                "another review of this deck was saved since (in another window?); "
                "the last rating here can no longer be undone"
            )
        self._done.pop()
        if done.requeued is not None and done.requeued in self._queue.learning:
            self._queue.learning.remove(done.requeued)
        if self._pinned is not None:
            self._put_back(self._pinned)
        self._pinned = done.due
        self.studied -= 1
        if log.rating == Rating.AGAIN:
            self.again -= 1
        return True

    def _put_back(self, due: Due) -> None:
        if due.state.is_new:
            self._queue.new.insert(0, due)
        elif due.state.is_learning:
            self._queue.add_learning(due)
        else:
            self._queue.review.insert(0, due)

    def bury(self, now: datetime) -> None:
        """Hide the current item until the next study day."""
        self.advance(now)
        due, _ = self._take()
        self.store.set_buried(due.deck.id, due.item.id, self.settings.next_day_start(now))

    def suspend(self, now: datetime) -> None:
        """Hide the current item until it is unsuspended."""
        self.advance(now)
        due, _ = self._take()
        self.store.set_suspended(due.deck.id, due.item.id, True)
