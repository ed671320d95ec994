from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from quizlib.errors import QuizlibError
from quizlib.model import Card, Deck
from quizlib.srs.queue import build_queue
from quizlib.srs.scheduler import CardState, Rating, Scheduler, State
from quizlib.srs.session import Session
from quizlib.srs.settings import Settings
from quizlib.srs.stats import deck_counts
from quizlib.srs.store import Store

from .conftest import make_deck


def review_state(deck: str, item: str, due: datetime, **kw: object) -> CardState:
    base = CardState(deck, item, State.REVIEW, None, 5.0, 5.0, due, due - timedelta(days=5), 3, 0)
    return replace(base, **kw)  # type: ignore[arg-type]


def ids(dues: list) -> list[str]:  # type: ignore[type-arg]
    return [d.item.id for d in dues]


def test_order_learning_then_reviews_then_new(
    store: Store, settings: Settings, now: datetime
) -> None:
    deck = make_deck(n=6)
    store.put(review_state("d", "c3", now - timedelta(days=2)))
    store.put(review_state("d", "c1", now - timedelta(days=1)))
    store.put(review_state("d", "c4", now + timedelta(days=3)))  # not due
    learning = CardState("d", "c5", State.LEARNING, 1, 1.0, 5.0, now - timedelta(minutes=1), now)
    store.put(learning)
    q = build_queue([deck], store, settings, now)
    assert ids(q.learning) == ["c5"]
    assert ids(q.review) == ["c3", "c1"]  # most overdue first
    assert ids(q.new) == ["c0", "c2"]
    session = Session([deck], store, Scheduler(settings, fuzz=False), settings, now)
    assert session.counts == (2, 1, 2)
    seen = []
    while (due := session.current) is not None:
        seen.append(due.item.id)
        session.rate(Rating.EASY, now)
    assert seen == ["c5", "c3", "c1", "c0", "c2"]
    assert session.studied == 5 and session.finished


def test_a_review_due_later_today_is_due(store: Store, settings: Settings, now: datetime) -> None:
    deck = make_deck(n=2)
    store.put(review_state("d", "c0", settings.next_day_start(now) - timedelta(minutes=1)))
    store.put(review_state("d", "c1", settings.next_day_start(now)))
    q = build_queue([deck], store, settings, now)
    assert ids(q.review) == ["c0"]


def test_limits_count_what_was_done_today(
    store: Store, scheduler: Scheduler, now: datetime
) -> None:
    settings = Settings(new_per_day=3, reviews_per_day=2)
    deck = make_deck(n=10)
    for i in range(5, 10):
        store.put(review_state("d", f"c{i}", now - timedelta(days=1)))
    q = build_queue([deck], store, settings, now)
    assert len(q.new) == 3 and len(q.review) == 2
    # two new items and one review studied earlier today (another session)
    earlier = settings.day_start(now) + timedelta(minutes=5)
    for item in ("c0", "c1"):
        s, log = scheduler.review(scheduler.new_state("d", item, earlier), Rating.EASY, earlier)
        store.record(s, log)
    s, log = scheduler.review(store.get("d", "c5"), Rating.GOOD, earlier)  # type: ignore[arg-type]
    store.record(s, log)
    q = build_queue([deck], store, settings, now)
    assert ids(q.new) == ["c2"] and len(q.review) == 1
    # reviews of yesterday do not count
    tomorrow = settings.next_day_start(now) + timedelta(hours=1)
    q = build_queue([deck], store, settings, tomorrow)
    assert len(q.new) == 3


def test_siblings_wait_for_another_day(
    store: Store, scheduler: Scheduler, settings: Settings, now: datetime
) -> None:
    deck = Deck(
        name="d",
        id="d",
        cards=(
            Card(id="cz", cloze="{{c1::Buda}}, {{c2::Óbuda}} e {{c3::Pest}}"),
            Card(id="x", question="q", answer="a", context="Budapest si formò nel 1873."),
            Card(id="y", question="q", answer="a", context="Budapest si formò  nel 1873."),
            Card(id="z", question="q", answer="a"),
        ),
    )
    q = build_queue([deck], store, settings, now)
    assert ids(q.new) == ["cz", "x", "z"]
    session = Session([deck], store, scheduler, settings, now)
    while session.current is not None:
        session.rate(Rating.EASY, now)
    tomorrow = settings.next_day_start(now) + timedelta(hours=1)
    q = build_queue([deck], store, settings, tomorrow)
    assert ids(q.new) == ["cz#c2", "y"]


def test_a_sibling_reviewed_today_holds_back_a_due_review(
    store: Store, scheduler: Scheduler, settings: Settings, now: datetime
) -> None:
    deck = Deck(name="d", id="d", cards=(Card(id="cz", cloze="{{c1::a}} {{c2::b}}"),))
    store.put(review_state("d", "cz", now - timedelta(days=1)))
    store.put(review_state("d", "cz#c2", now - timedelta(days=1)))
    session = Session([deck], store, scheduler, settings, now)
    assert session.counts == (0, 0, 1)
    session.rate(Rating.GOOD, now)
    assert session.current is None
    later = build_queue([deck], store, settings, now + timedelta(hours=1))
    assert later.review == []


def test_suspended_buried_and_orphaned_items_are_left_out(
    store: Store, settings: Settings, now: datetime
) -> None:
    deck = make_deck(n=4)
    store.put(review_state("d", "c0", now - timedelta(days=1), suspended=True))
    store.put(
        review_state("d", "c1", now - timedelta(days=1), buried_until=now + timedelta(hours=1))
    )
    store.put(review_state("d", "gone", now - timedelta(days=1)))
    store.set_suspended("d", "c2", True)
    q = build_queue([deck], store, settings, now)
    assert q.review == [] and ids(q.new) == ["c3"]
    q = build_queue([deck], store, settings, now + timedelta(hours=2))
    assert ids(q.review) == ["c1"]


def test_several_decks_share_the_limits(store: Store, now: datetime) -> None:
    settings = Settings(new_per_day=3)
    a, b = make_deck("a", n=2), make_deck("b", n=5)
    store.put(review_state("b", "c4", now - timedelta(days=1)))
    q = build_queue([a, b, a], store, settings, now)
    assert [(d.deck.id, d.item.id) for d in q.new] == [("a", "c0"), ("a", "c1"), ("b", "c0")]
    assert [(d.deck.id, d.item.id) for d in q.review] == [("b", "c4")]
    assert build_queue([], store, settings, now).new == []


def test_session_brings_learning_items_back(
    store: Store, scheduler: Scheduler, settings: Settings, now: datetime
) -> None:
    deck = make_deck(n=1)
    session = Session([deck], store, scheduler, settings, now)
    assert session.preview(now)[Rating.GOOD] == timedelta(minutes=10)
    state = session.rate(Rating.AGAIN, now, duration_ms=900, mode="typed", typed="nope")
    assert state.state == State.LEARNING
    (log,) = store.logs()
    assert (log.mode, log.typed, log.duration_ms) == ("typed", "nope", 900)
    assert session.again == 1 and session.counts == (0, 1, 0)
    # due in 1 minute: within the learn-ahead limit, so it is shown again now
    assert session.current is not None and session.current.state == state
    session.rate(Rating.GOOD, now + timedelta(seconds=30))
    # now due in 10 minutes: still within 20 minutes
    assert session.current is not None
    session.rate(Rating.GOOD, now + timedelta(minutes=1))
    assert session.current is None and session.finished and session.next_due is None


def test_learning_beyond_learn_ahead_waits(store: Store, now: datetime) -> None:
    settings = Settings(learning_steps=(timedelta(hours=1), timedelta(hours=2)))
    session = Session([make_deck(n=1)], store, Scheduler(settings, fuzz=False), settings, now)
    session.rate(Rating.AGAIN, now)
    assert session.current is None and not session.finished
    assert session.counts == (0, 0, 0)  # like Anki: learning due beyond the learn-ahead
    assert session.next_due == now + timedelta(hours=1)
    assert session.preview(now) == {}
    session.advance(now + timedelta(minutes=41))
    assert session.current is not None and session.counts == (0, 1, 0)
    with pytest.raises(QuizlibError):
        Session([], store, Scheduler(settings), settings, now).rate(Rating.GOOD, now)


def test_undo_bury_suspend(
    store: Store, scheduler: Scheduler, settings: Settings, now: datetime
) -> None:
    deck = make_deck(n=4)
    session = Session([deck], store, scheduler, settings, now)
    assert session.undo(now) is False
    first = session.current
    assert first is not None
    session.rate(Rating.AGAIN, now)
    assert session.undo(now) is True
    assert session.current == first and session.counts == (4, 0, 0)
    assert store.logs() == [] and store.get("d", "c0") is None
    assert session.studied == 0 and session.again == 0
    session.rate(Rating.GOOD, now)  # c0 -> learning
    session.rate(Rating.GOOD, now)  # c1 -> learning
    session.undo(now)
    assert session.current is not None and session.current.item.id == "c1"
    session.bury(now)
    buried = store.get("d", "c1")
    assert buried is not None and buried.buried_until == settings.next_day_start(now)
    assert session.current is not None and session.current.item.id == "c2"
    session.suspend(now)
    assert store.get("d", "c2").suspended  # type: ignore[union-attr]
    assert ids([session.current]) == ["c3"]  # type: ignore[list-item]
    tomorrow = settings.next_day_start(now) + timedelta(hours=1)
    q = build_queue([deck], store, settings, tomorrow)
    assert "c1" in ids(q.new) and "c2" not in ids(q.new)


def test_deck_counts_match_the_session(
    store: Store, scheduler: Scheduler, settings: Settings, now: datetime
) -> None:
    deck = make_deck(n=30)
    store.put(review_state("d", "c29", now - timedelta(days=1)))
    counts = deck_counts(deck, store, settings, now)
    session = Session([deck], store, scheduler, settings, now)
    assert (counts.new, counts.learning, counts.due) == session.counts == (20, 0, 1)
    assert counts.total == 30 and counts.retention is None


def test_learning_due_later_today_comes_when_its_time_is_near(
    store: Store, scheduler: Scheduler, settings: Settings, now: datetime
) -> None:
    deck = make_deck(n=2)
    later = CardState("d", "c0", State.RELEARNING, 0, 3.0, 5.0, now + timedelta(hours=2), now)
    store.put(later)
    store.put(replace(later, item_id="orphan"))
    store.put(review_state("d", "c1", now + timedelta(days=3)))
    q = build_queue([deck], store, settings, now)
    assert q.learning == [] and len(q.later) == 1
    session = Session([deck], store, scheduler, settings, now)
    assert session.current is None and session.counts == (0, 0, 0)
    assert session.next_due == later.due and not session.finished
    session.advance(now + timedelta(hours=1, minutes=45))
    assert session.counts == (0, 1, 0)
    due = session.current
    assert due is not None and due.state == later and due.item.id == "c0"
    session.rate(Rating.GOOD, now + timedelta(hours=1, minutes=45))
    assert session.finished


def test_another_process_writing_is_seen(
    tmp_path: Path, scheduler: Scheduler, settings: Settings, now: datetime
) -> None:
    deck = make_deck(n=3)
    with Store.open(tmp_path / "p.db") as mine, Store.open(tmp_path / "p.db") as theirs:
        assert ids(build_queue([deck], mine, settings, now).new) == ["c0", "c1", "c2"]
        state, log = scheduler.review(scheduler.new_state("d", "c0", now), Rating.EASY, now)
        theirs.record(state, log)
        assert ids(build_queue([deck], mine, settings, now).new) == ["c1", "c2"]
        mine.set_suspended("d", "c1", True)
        assert ids(build_queue([deck], mine, settings, now).new) == ["c2"]
        mine.set_suspended("d", "c1", False)
        mine.reset("d", "c0")
        assert ids(build_queue([deck], mine, settings, now).new) == ["c1", "c2"]  # c0 today
        tomorrow = settings.next_day_start(now) + timedelta(hours=1)
        assert ids(build_queue([deck], mine, settings, tomorrow).new) == ["c0", "c1", "c2"]


def test_an_edited_deck_gets_a_fresh_index(store: Store, settings: Settings, now: datetime) -> None:
    deck = make_deck(n=2)
    assert ids(build_queue([deck], store, settings, now).new) == ["c0", "c1"]
    edited = deck.with_cards((Card(id="c9", cloze="{{c1::a}} {{c2::b}}"), *deck.cards))
    assert ids(build_queue([edited], store, settings, now).new) == ["c9", "c0", "c1"]
    assert deck_counts(edited, store, settings, now).total == 4


def test_undo_refuses_when_someone_else_rated_since(
    tmp_path: Path, scheduler: Scheduler, settings: Settings, now: datetime
) -> None:
    deck = make_deck(n=3)
    with Store.open(tmp_path / "p.db") as mine, Store.open(tmp_path / "p.db") as theirs:
        session = Session([deck], mine, scheduler, settings, now)
        session.rate(Rating.GOOD, now)
        state, log = scheduler.review(scheduler.new_state("d", "c2", now), Rating.GOOD, now)
        theirs.record(state, log)
        with pytest.raises(QuizlibError, match="can no longer be undone"):
            session.undo(now)
        assert mine.review_count() == 2 and session.studied == 1
