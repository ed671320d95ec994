"""Benchmark of the spaced-repetition library against Anki's own scheduler, side by side.

Builds a synthetic progress store (100,000 items, 1,000,000 reviews by default) and an
Anki collection with the same cards in the same states, then times building the day's
queue in both, rating one card (with its durable commit), and the stats.

    python bench/bench_srs.py [--items N] [--reviews N] [--runs N] [--no-anki] [--optimize]

Run by hand; numbers go in the notes, never in tests.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizlib.model import Card, Deck
from quizlib.srs.queue import build_queue
from quizlib.srs.scheduler import Rating, Scheduler, State
from quizlib.srs.session import Session
from quizlib.srs.settings import Settings
from quizlib.srs.stats import collect_stats, deck_counts
from quizlib.srs.store import Store, to_ms

DECK_ID = "bench"
DAY = 86_400_000


@dataclass(frozen=True)
class Synthetic:
    """One item's scheduling state, shared by both stores."""

    index: int
    state: State  # NEW = never studied (no row)
    due: datetime
    interval_days: int
    stability: float
    difficulty: float
    reps: int
    lapses: int
    suspended: bool
    last_review: datetime


def synthesize(items: int, reviews: int, now: datetime, seed: int = 1) -> list[Synthetic]:
    """10% new, 2% learning (due today), 3% suspended, the rest in review, due -30..+180 days."""
    rng = random.Random(seed)
    studied = int(items * 0.9)
    per_item = max(1, reviews // studied)
    out = []
    for i in range(items):
        roll = rng.random()
        if roll < 0.10:
            out.append(Synthetic(i, State.NEW, now, 0, 0.0, 0.0, 0, 0, False, now))
            continue
        if roll < 0.12:
            due = now + timedelta(minutes=rng.randint(-120, 600))
            out.append(
                Synthetic(
                    i, State.LEARNING, due, 0, 0.5, 6.0, 1, 0, False, due - timedelta(minutes=10)
                )
            )
            continue
        ivl = rng.randint(1, 200)
        due_in = rng.randint(-30, 180)
        due = now + timedelta(days=due_in)
        out.append(
            Synthetic(
                i,
                State.REVIEW,
                due,
                ivl,
                ivl * 1.1,
                rng.uniform(2, 9),
                per_item,
                rng.randint(0, 3),
                roll < 0.15,
                due - timedelta(days=ivl),
            )
        )
    return out


def make_deck(items: int) -> Deck:
    cards = tuple(
        Card(id=f"n{i}", question=f"question {i}?", answer=f"answer {i}") for i in range(items)
    )
    return Deck(name="Bench", id=DECK_ID, cards=cards, language="en")


def build_store(path: Path, cards: list[Synthetic], reviews: int, now: datetime) -> Store:
    store = Store.open(path)
    db = store.db
    indexes = [
        sql
        for (sql,) in db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    ]
    db.execute("PRAGMA cache_size = -400000")
    db.execute("BEGIN")
    for name in ("items_queue", "reviews_item", "reviews_deck_time"):
        db.execute(f"DROP INDEX {name}")
    db.executemany(
        "INSERT INTO items VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            (
                DECK_ID,
                f"n{c.index}",
                int(c.state),
                1 if c.state == State.LEARNING else None,
                c.stability,
                c.difficulty,
                to_ms(c.due),
                to_ms(c.last_review),
                c.reps,
                c.lapses,
                int(c.suspended),
                None,
            )
            for c in cards
            if c.state != State.NEW
        ),
    )
    studied = [c for c in cards if c.state != State.NEW]
    rng = random.Random(2)
    start = to_ms(now) - 700 * DAY
    today = to_ms(Settings().day_start(now))

    def rows() -> Iterator[tuple[object, ...]]:
        made = 0
        while made < reviews:
            for c in studied:
                if made >= reviews:
                    return
                at = min(start + rng.randrange(0, 700 * DAY), today - 1)
                rating = 1 if rng.random() < 0.1 else 3
                yield (
                    DECK_ID,
                    f"n{c.index}",
                    rating,
                    at,
                    5000,
                    "flip",
                    None,
                    2,
                    2,
                    at + 5 * DAY,
                    5 * 86400,
                    3 * 86400,
                    5.0,
                    5.0,
                    None,
                )
                made += 1

    db.executemany(
        "INSERT INTO reviews (deck_id, item_id, rating, reviewed_at, duration_ms, mode, typed,"
        " state_before, state, due, interval_s, last_interval_s, stability, difficulty, previous)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows(),
    )
    for sql in indexes:  # building an index once is faster than keeping it up to date
        db.execute(sql)
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.execute("PRAGMA cache_size = -2000")
    return store


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """(median, 95th percentile, max) in milliseconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))], times[-1]


def build_anki(path: Path, cards: list[Synthetic], reviews: int, now: datetime) -> object:
    """An Anki collection with the same cards in the same states (written with plain SQL)."""
    import sqlite3

    from anki.collection import Collection

    col = Collection(str(path))
    col.set_config("fsrs", True)
    # as quizlib: new cards within their own limit, siblings never on the same day
    col.set_config("newCardsIgnoreReviewLimit", True)
    conf = col.decks.config_dict_for_deck_id(1)
    conf["new"]["bury"] = conf["rev"]["bury"] = True
    col.decks.update_config(conf)
    col.decks.id("Other")  # an empty deck to switch to, so Anki rebuilds its queue
    mid = col.models.by_name("Basic")["id"]
    did = 1
    today = col.sched.today
    col.close()

    now_s = int(now.timestamp())
    base = 1_600_000_000_000
    db = sqlite3.connect(path)
    db.execute("PRAGMA cache_size = -400000")
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            (
                base + c.index,
                f"g{c.index}",
                mid,
                now_s,
                -1,
                "",
                f"question {c.index}?\x1fanswer {c.index}",
                f"question {c.index}?",
                c.index,
                0,
                "",
            )
            for c in cards
        ),
    )

    def card_row(c: Synthetic) -> tuple[object, ...]:
        data = json.dumps({"s": round(c.stability, 2), "d": round(c.difficulty, 2), "dr": 0.9})
        if c.state == State.NEW:
            ctype, queue, due, ivl, data = 0, 0, c.index, 0, ""
        elif c.state == State.LEARNING:
            ctype, queue, due, ivl = 1, 1, int(c.due.timestamp()), 0
        else:
            days = (c.due.date() - now.date()).days
            ctype, queue, due, ivl = 2, 2, today + days, c.interval_days
        if c.suspended:
            queue = -1
        return (
            base + c.index,
            base + c.index,
            did,
            0,
            now_s,
            -1,
            ctype,
            queue,
            due,
            ivl,
            0,
            c.reps,
            c.lapses,
            1 if ctype == 1 else 0,
            0,
            0,
            0,
            data,
        )

    db.executemany(
        "INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", map(card_row, cards)
    )
    studied = [c for c in cards if c.state != State.NEW]
    rng = random.Random(2)
    start = now_s * 1000 - 700 * DAY
    day_start = to_ms(Settings().day_start(now))

    def revlog() -> Iterator[tuple[object, ...]]:
        for n in range(reviews):
            c = studied[n % len(studied)]
            at = min(start + rng.randrange(0, 700 * DAY), day_start - 1)
            yield (at * 1000 + n % 1000, base + c.index, -1, 3, 5, 3, 0, 5000, 1)

    db.executemany("INSERT OR IGNORE INTO revlog VALUES (?,?,?,?,?,?,?,?,?)", revlog())
    db.execute("COMMIT")
    db.execute("ANALYZE cards")
    db.execute("ANALYZE notes")
    db.close()
    return Collection(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--ratings", type=int, default=300)
    parser.add_argument("--no-anki", action="store_true")
    parser.add_argument("--optimize", action="store_true", help="also time quiz optimize")
    args = parser.parse_args(argv)

    now = datetime.now(UTC).replace(microsecond=0)
    settings = Settings()
    cards = synthesize(args.items, args.reviews, now)
    deck = make_deck(args.items)
    results: list[tuple[str, str, tuple[float, float, float] | None, str]] = []

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store = build_store(Path(tmp) / "progress.db", cards, args.reviews, now)
        setup = time.perf_counter() - t0
        size = (Path(tmp) / "progress.db").stat().st_size / 1e6
        print(
            f"quizlib store: {args.items:,} items, {args.reviews:,} reviews, "
            f"{size:.0f} MB, built in {setup:.1f} s",
            file=sys.stderr,
        )

        # cold: a Deck object and a Store never seen before (as right after `quiz` starts)
        store.close()
        cold_deck = replace(deck)
        store = Store.open(Path(tmp) / "progress.db")
        t0 = time.perf_counter()
        build_queue([cold_deck], store, settings, now)
        cold = (time.perf_counter() - t0) * 1000
        results.append(("day's queue, first build", "quizlib", (cold, cold, cold), "cold"))
        counts = Session([deck], store, Scheduler(settings), settings, now).counts
        shape = f"{counts[0]} new, {counts[1]} lrn, {counts[2]} rev"
        results.append(
            (
                "day's queue",
                "quizlib",
                timed(lambda: build_queue([deck], store, settings, now), args.runs),
                shape,
            )
        )
        results.append(
            (
                "deck list counts",
                "quizlib",
                timed(lambda: deck_counts(deck, store, settings, now), args.runs),
                "queue + retention",
            )
        )
        stats = collect_stats([deck], store, settings, now)
        results.append(
            (
                "stats",
                "quizlib",
                timed(lambda: collect_stats([deck], store, settings, now), args.runs),
                f"{stats.reviews:,} reviews, {stats.due:,} due",
            )
        )

        results.append(
            (
                "orphans (quiz check --orphans)",
                "quizlib",
                timed(lambda: store.orphans([deck]), 1),
                "",
            )
        )

        if args.optimize:
            from quizlib.srs.optimize import optimize_parameters

            fit = optimize_parameters(store, settings, save=False)
            results.append(
                (
                    "optimize (fsrs-rs)",
                    "quizlib",
                    timed(lambda: optimize_parameters(store, settings, save=False), 1),
                    f"{fit.training_items:,} examples",
                )
            )

        scheduler = Scheduler(settings, rng=random.Random(3))
        for sync in ("NORMAL", "FULL"):
            rated = Store.open(Path(tmp) / "progress.db", synchronous=sync)
            session = Session([deck], rated, scheduler, settings, now)
            clock = [now]

            def rate_one(session: Session = session, clock: list[datetime] = clock) -> None:
                clock[0] += timedelta(seconds=5)
                session.rate(Rating.GOOD, clock[0], duration_ms=4000)

            times = timed(rate_one, min(args.ratings, sum(session.counts)))
            results.append(
                (f"rate one card, synchronous={sync}", "quizlib", times, "review + commit")
            )
            rated.close()
        store.close()

        if not args.no_anki:
            results.extend(bench_anki(Path(tmp) / "anki.anki2", cards, args, now))

    print()
    print(f"{'operation':<34} {'who':<8} {'median ms':>10} {'p95':>8} {'max':>8}  notes")
    print("-" * 90)
    for name, who, t, note in results:
        if t is None:
            print(f"{name:<34} {who:<8} {'-':>10} {'-':>8} {'-':>8}  {note}")
        else:
            print(f"{name:<34} {who:<8} {t[0]:>10.2f} {t[1]:>8.2f} {t[2]:>8.2f}  {note}")
    return 0


def bench_anki(
    path: Path, cards: list[Synthetic], args: argparse.Namespace, now: datetime
) -> list[tuple[str, str, tuple[float, float, float] | None, str]]:
    t0 = time.perf_counter()
    col = build_anki(path, cards, args.reviews, now)
    print(f"anki collection built in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    from anki.collection import Collection

    assert isinstance(col, Collection)
    t0 = time.perf_counter()
    col.sched.get_queued_cards(fetch_limit=1)
    cold = (time.perf_counter() - t0) * 1000
    other = col.decks.id_for_name("Other")
    assert other is not None

    def fresh_queue() -> tuple[float, object]:
        # a queue built for another deck is stale: the next fetch rebuilds ours from scratch
        col.decks.select(other)
        col.sched.get_queued_cards(fetch_limit=1)
        col.decks.select(1)
        t = time.perf_counter()
        queued = col.sched.get_queued_cards(fetch_limit=1)
        return (time.perf_counter() - t) * 1000, queued

    _, queued = fresh_queue()
    shape = f"{queued.new_count} new, {queued.learning_count} lrn, {queued.review_count} rev"  # type: ignore[attr-defined]
    times = [fresh_queue()[0] for _ in range(args.runs)]
    out: list[tuple[str, str, tuple[float, float, float] | None, str]] = [
        ("day's queue, first build", "anki", (cold, cold, cold), "cold"),
        ("day's queue", "anki", (statistics.median(times), sorted(times)[-1], max(times)), shape),
    ]
    cached = timed(lambda: col.sched.get_queued_cards(fetch_limit=1), args.runs)
    out.append(("next card, queue already built", "anki", cached, ""))

    def answer() -> None:
        from anki.cards import Card as AnkiCard
        from anki.scheduler_pb2 import CardAnswer

        queued = col.sched.get_queued_cards(fetch_limit=1).cards[0]
        card = AnkiCard(col)
        card._load_from_backend_card(queued.card)
        card.start_timer()
        col.sched.answer_card(
            col.sched.build_answer(card=card, states=queued.states, rating=CardAnswer.GOOD)
        )

    out.append(
        ("rate one card", "anki", timed(answer, min(args.ratings, 200)), "fetch + answer + commit")
    )
    col.close()
    return out


if __name__ == "__main__":
    raise SystemExit(main())
