"""Numbers about progress: the deck list's counts and `quiz stats`.

Days are study days (they start at `day_start_hour` in the time zone of `now`).
True retention is the share of reviews of items in the review state, over the last
30 days, that were not rated Again (what Anki calls true retention).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from quizlib.model import Deck
from quizlib.srs.queue import build_queue, deck_index, learn_ahead
from quizlib.srs.scheduler import State
from quizlib.srs.settings import Settings
from quizlib.srs.store import Store, to_ms

FORECAST_DAYS = 30
RETENTION_DAYS = 30
PER_DAY_DAYS = 182  # 26 weeks: the calendar heatmap
RETENTION_WEEKS = 12
_DAY_MS = 86_400_000


@dataclass(frozen=True)
class DeckCounts:
    """What a deck list shows, as Anki's: new available today (within the limit), learning
    due within the learn-ahead limit, due reviews (within the limit)."""

    new: int
    learning: int
    due: int
    total: int
    retention: float | None


@dataclass(frozen=True)
class Stats:
    cards: int
    new: int
    learning: int
    review: int
    suspended: int
    due: int
    reviews: int
    retention: float | None
    forecast: tuple[int, ...]
    per_day: dict[date, int] = field(default_factory=dict)
    streak: int = 0
    reviews_today: int = 0
    time_today_ms: int = 0
    decks: tuple[str, ...] = ()
    # Monday of each of the last weeks -> true retention that week (None: no reviews).
    retention_by_week: dict[date, float | None] = field(default_factory=dict)

    def to_text(self) -> str:
        """The `quiz stats` report."""
        retention = "-" if self.retention is None else f"{self.retention:.1%}"
        week = sum(self.forecast[:7])
        lines = [
            f"cards      {self.cards}  (new {self.new}, learning {self.learning}, "
            f"review {self.review}, suspended {self.suspended})",
            f"due today  {self.due}",
            f"due soon   {week} in the next 7 days, {sum(self.forecast)} in 30",
            f"reviews    {self.reviews} in all, {self.reviews_today} today "
            f"({self.time_today_ms // 60000} min)",
            f"retention  {retention} (last {RETENTION_DAYS} days, true retention)",
            f"streak     {self.streak} day{'s' if self.streak != 1 else ''}",
        ]
        if any(self.forecast):
            lines.append("forecast   " + " ".join(str(n) for n in self.forecast[:14]) + " ...")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The `quiz stats --json` object."""
        return {
            "decks": list(self.decks),
            "cards": self.cards,
            "new": self.new,
            "learning": self.learning,
            "review": self.review,
            "suspended": self.suspended,
            "due": self.due,
            "reviews": self.reviews,
            "retention": self.retention,
            "forecast": list(self.forecast),
            "per_day": {d.isoformat(): n for d, n in sorted(self.per_day.items())},
            "streak": self.streak,
            "reviews_today": self.reviews_today,
            "time_today_ms": self.time_today_ms,
            "retention_by_week": {
                d.isoformat(): r for d, r in sorted(self.retention_by_week.items())
            },
        }


def _marks(n: int) -> str:
    return ",".join("?" * n)


class _Days:
    """Study-day arithmetic in SQL: day number = floor((ms + offset - start hour) / day)."""

    def __init__(self, settings: Settings, now: datetime) -> None:
        offset = now.utcoffset() or timedelta(0)
        self.shift_ms = int(offset.total_seconds() * 1000) - settings.day_start_hour * 3_600_000
        self.today = (to_ms(now) + self.shift_ms) // _DAY_MS
        self.today_date = settings.day_start(now).date()

    def sql(self, column: str) -> str:
        return f"(({column} + {self.shift_ms}) / {_DAY_MS})"

    def start_ms(self, day: int) -> int:
        return day * _DAY_MS - self.shift_ms

    def date(self, day: int) -> date:
        return self.today_date - timedelta(days=self.today - day)


def true_retention(
    store: Store, deck_ids: Sequence[str], now: datetime, days: int = RETENTION_DAYS
) -> float | None:
    """Share of review-state reviews in the last `days` days not rated Again; None if none."""
    if not deck_ids:
        return None
    since = to_ms(now - timedelta(days=days))
    row = store.db.execute(
        "SELECT count(*), sum(rating > 1) FROM reviews"
        f" WHERE deck_id IN ({_marks(len(deck_ids))}) AND state_before = ? AND reviewed_at >= ?",
        (*deck_ids, int(State.REVIEW), since),
    ).fetchone()
    total, passed = row
    return None if not total else passed / total


def retention_by_week(
    store: Store, deck_ids: Sequence[str], days: _Days, weeks: int = RETENTION_WEEKS
) -> dict[date, float | None]:
    """True retention of each of the last `weeks` weeks (keyed by their Monday), oldest first."""
    this_monday = days.today_date - timedelta(days=days.today_date.weekday())
    mondays = [this_monday - timedelta(weeks=w) for w in range(weeks - 1, -1, -1)]
    totals = {monday: [0, 0] for monday in mondays}
    if deck_ids:
        first_day = days.today - (days.today_date - mondays[0]).days
        rows = store.db.execute(
            f"SELECT {days.sql('reviewed_at')} AS day, count(*), sum(rating > 1) FROM reviews"
            f" WHERE deck_id IN ({_marks(len(deck_ids))}) AND state_before = ?"
            " AND reviewed_at >= ? GROUP BY day",
            (*deck_ids, int(State.REVIEW), days.start_ms(first_day)),
        ).fetchall()
        for day, total, passed in rows:
            when = days.date(day)
            monday = when - timedelta(days=when.weekday())
            if monday in totals:
                totals[monday][0] += total
                totals[monday][1] += passed
    return {m: (p / t if t else None) for m, (t, p) in totals.items()}


def deck_counts(deck: Deck, store: Store, settings: Settings, now: datetime) -> DeckCounts:
    """The counts of one deck as its study session would start now."""
    queue = build_queue([deck], store, settings, now)
    return DeckCounts(
        new=len(queue.new),
        learning=queue.learning_due(now + learn_ahead(settings)),
        due=len(queue.review),
        total=len(deck_index(deck)),
        retention=true_retention(store, [deck.id], now),
    )


def _item_counts(
    store: Store, deck: Deck, days: _Days
) -> tuple[dict[tuple[int, int], int], list[int], int]:
    """A deck's stored items by (state, suspended) and the due forecast, orphans left out;
    and how many of the deck's items have a row."""
    counts = {
        (r[0], r[1]): r[2]
        for r in store.db.execute(
            "SELECT state, suspended, count(*) FROM items WHERE deck_id = ?"
            " GROUP BY state, suspended",
            (deck.id,),
        )
    }
    # day by day, each a range of the (deck, state, suspended, due) index
    edges = [days.start_ms(days.today + k) for k in range(1, FORECAST_DAYS + 1)]
    forecast = [
        store.db.execute(
            "SELECT count(*) FROM items WHERE deck_id = ? AND state IN (1, 2, 3)"
            " AND suspended = 0 AND due >= ? AND due < ?",
            (deck.id, lo, hi),
        ).fetchone()[0]
        for lo, hi in zip([-(2**62), *edges[:-1]], edges, strict=True)
    ]
    (joined,) = store.db.execute(
        "SELECT group_concat(item_id, char(10)) FROM items WHERE deck_id = ?", (deck.id,)
    ).fetchone()
    stored = set(joined.split("\n")) if joined else set()
    orphans = sorted(stored - deck_index(deck).ids)
    for start in range(0, len(orphans), 500):  # rare: take their rows back out
        chunk = orphans[start : start + 500]
        rows = store.db.execute(
            "SELECT state, suspended, due FROM items"
            f" WHERE deck_id = ? AND item_id IN ({_marks(len(chunk))})",
            (deck.id, *chunk),
        )
        for state, suspended, due in rows:
            counts[(state, suspended)] -= 1
            if state != State.NEW and not suspended:
                day = bisect.bisect_right(edges, due)
                if day < FORECAST_DAYS:
                    forecast[day] -= 1
    return counts, forecast, len(stored) - len(orphans)


def collect_stats(decks: Sequence[Deck], store: Store, settings: Settings, now: datetime) -> Stats:
    """Everything `quiz stats` shows, for some decks."""
    unique = {d.id: d for d in decks}
    deck_ids = list(unique)
    days = _Days(settings, now)
    cards = new = learning = review = suspended = due = 0
    forecast = [0] * FORECAST_DAYS
    for deck in unique.values():
        total = len(deck_index(deck))
        counts, deck_forecast, stored = _item_counts(store, deck, days)
        cards += total
        new += total - stored
        for (state, is_suspended), n in counts.items():
            if is_suspended:
                suspended += n
            elif state == State.NEW:
                new += n
            elif state == State.REVIEW:
                review += n
            else:
                learning += n
        forecast = [a + b for a, b in zip(forecast, deck_forecast, strict=True)]
    due = forecast[0]

    per_day: dict[date, int] = {}
    streak = reviews = reviews_today = time_today = 0
    if deck_ids:
        in_decks = f"deck_id IN ({_marks(len(deck_ids))})"
        (reviews,) = store.db.execute(
            f"SELECT count(*) FROM reviews WHERE {in_decks}", deck_ids
        ).fetchone()
        first_day = days.today - PER_DAY_DAYS + 1
        day_rows = store.db.execute(
            f"SELECT {days.sql('reviewed_at')} AS day, count(*)"
            f" FROM reviews WHERE {in_decks} AND reviewed_at >= ? GROUP BY day",
            (*deck_ids, days.start_ms(first_day)),
        ).fetchall()
        recent = dict(day_rows)
        reviews_today = recent.get(days.today, 0)
        (time_today,) = store.db.execute(
            f"SELECT coalesce(sum(duration_ms), 0) FROM reviews WHERE {in_decks}"
            " AND reviewed_at >= ?",
            (*deck_ids, days.start_ms(days.today)),
        ).fetchone()
        for day in range(first_day, days.today + 1):
            per_day[days.date(day)] = recent.get(day, 0)
        day = days.today if days.today in recent else days.today - 1
        probe = (
            f"SELECT 1 FROM reviews WHERE {in_decks} AND reviewed_at >= ? AND reviewed_at < ?"
            " LIMIT 1"
        )
        while store.db.execute(
            probe, (*deck_ids, days.start_ms(day), days.start_ms(day + 1))
        ).fetchone():
            streak += 1
            day -= 1
    return Stats(
        cards=cards,
        new=new,
        learning=learning,
        review=review,
        suspended=suspended,
        due=due,
        reviews=reviews,
        retention=true_retention(store, deck_ids, now),
        forecast=tuple(forecast),
        per_day=per_day,
        streak=streak,
        reviews_today=reviews_today,
        time_today_ms=time_today,
        decks=tuple(deck_ids),
        retention_by_week=retention_by_week(store, deck_ids, days),
    )
