"""Progress to Anki and back: study two cards, export with progress, import."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from quizlib.anki import export_apkg, import_apkg
from quizlib.anki.guid import note_guid
from quizlib.model import Deck
from quizlib.srs.scheduler import CardState, Rating, Scheduler, State
from quizlib.srs.settings import Settings
from quizlib.srs.store import Store

from .conftest import ImportPackage, MakeCollection

pytestmark = pytest.mark.interop

Studied = tuple[Store, dict[str, CardState]]


def _anki_date(col: Any, day: int) -> date:
    """The calendar day (after the 4 am rollover, local time) of an Anki day number."""
    today_start = datetime.fromtimestamp(col.sched.day_cutoff).astimezone() - timedelta(days=1)
    return today_start.date() + timedelta(days=day - col.sched.today)


def _local_day(when: datetime) -> date:
    return (when.astimezone() - timedelta(hours=4)).date()


def _clear_of_rollover(now: datetime) -> datetime:
    """`now`, or two hours earlier when the next 4 am rollover (local time) is less than an
    hour away: a learning step studied then is due before the rollover, a timestamp in
    Anki's learning queue, as these tests expect, whatever the time they run at (a step due
    after the rollover is a day-learning card, due on the next day)."""
    local = now.astimezone()
    rollover = local.replace(hour=4, minute=0, second=0)
    if rollover <= local:
        rollover += timedelta(days=1)
    return now - timedelta(hours=2) if rollover - local < timedelta(hours=1) else now


def test_a_review_time_is_kept_clear_of_the_rollover() -> None:
    close = datetime(2026, 1, 5, 3, 55).astimezone()
    assert _clear_of_rollover(close) == close - timedelta(hours=2)
    clear = datetime(2026, 1, 5, 9, 0).astimezone()
    assert _clear_of_rollover(clear) == clear


@pytest.fixture
def studied(built_deck: Deck) -> tuple[Store, dict[str, CardState]]:
    """Two cards studied once each: 'anno' rated Good (learning), 'scelta' Easy (review)."""
    # Anki counts days from the real clock, so the reviews happen "now" (or earlier today,
    # when now is close to the rollover: see _clear_of_rollover).
    now = _clear_of_rollover(datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5))
    store = Store.memory()
    scheduler = Scheduler(Settings(), fuzz=False)
    states = {}
    for card_id, rating in (("anno", Rating.GOOD), ("scelta", Rating.EASY)):
        state, log = scheduler.review(
            scheduler.new_state("prove", card_id, now), rating, now, duration_ms=4200
        )
        store.record(state, log)
        states[card_id] = state
    assert states["anno"].state == State.LEARNING
    assert states["scelta"].state == State.REVIEW
    return store, states


def test_progress_reaches_a_fresh_collection(
    built_deck: Deck,
    studied: Studied,
    tmp_path: Path,
    fresh_collection: MakeCollection,
    import_package: ImportPackage,
) -> None:
    store, states = studied
    store.set_suspended("prove", "script", True)  # never studied, suspended
    out = tmp_path / "progress.apkg"
    report = export_apkg([built_deck], out, store=store, now=datetime.now(UTC))
    assert (report.studied, report.reviews) == (3, 2)
    col = fresh_collection()
    import_package(col, out)
    assert col.db.scalar("select count() from revlog") == 2

    def card(card_id: str) -> Any:
        nid = col.db.scalar("select id from notes where guid = ?", note_guid("prove", card_id))
        return col.get_card(col.db.scalar("select id from cards where nid = ?", nid))

    learning = card("anno")
    assert (learning.type, learning.queue) == (1, 1)
    assert learning.due == int(states["anno"].due.timestamp())
    review = card("scelta")
    assert (review.type, review.queue) == (2, 2)
    assert _anki_date(col, review.due) == _local_day(states["scelta"].due)
    interval = states["scelta"].interval()
    assert interval is not None
    assert review.ivl == round(interval.total_seconds() / 86400)
    assert review.memory_state.stability == pytest.approx(states["scelta"].stability, rel=1e-3)
    assert review.memory_state.difficulty == pytest.approx(states["scelta"].difficulty, rel=1e-3)
    assert review.factor == 2500 and review.reps == 1
    eases = col.db.list("select ease from revlog order by cid")
    assert sorted(eases) == [3, 4]
    assert col.db.list("select time from revlog") == [4200, 4200]
    # A new card stays new; suspended, it stays suspended.
    assert (card("script").type, card("script").queue) == (0, -1)
    assert card("cloze-due").queue == 0
    # Anki's Check Database finds nothing to fix.
    assert col.fix_integrity() == ("Database rebuilt and optimized.", True)


def test_progress_round_trip_into_the_store(
    built_deck: Deck, studied: Studied, tmp_path: Path
) -> None:
    store, states = studied
    out = tmp_path / "progress.apkg"
    export_apkg([built_deck], out, store=store, now=datetime.now(UTC))
    target = Store.memory()
    deck = import_apkg(out, tmp_path / "prove.yaml", store=target)
    assert deck.id == "prove"
    imported = target.states("prove")
    assert set(imported) == {("prove", "anno"), ("prove", "scelta")}
    for card_id, state in states.items():
        got = imported[("prove", card_id)]
        assert got.state == state.state
        assert got.reps == 1 and got.lapses == 0
        assert got.stability == pytest.approx(state.stability, rel=1e-3)
        assert got.last_review == state.last_review
        if state.state == State.REVIEW:
            assert _local_day(got.due) == _local_day(state.due)
        else:
            assert got.due == state.due
        (log,) = target.logs("prove", card_id)
        assert log.rating == store.logs("prove", card_id)[0].rating
        assert state.last_review is not None
        # Two reviews in one millisecond: the second revlog id moves on by 1 ms.
        assert abs(log.reviewed_at - state.last_review) < timedelta(milliseconds=10)
    # Importing again adds no second copy of the history.
    import_apkg(out, None, store=target)
    assert len(target.logs("prove")) == 2


@pytest.mark.parametrize("fsrs", [True, False], ids=["fsrs", "sm2"])
def test_studied_in_anki_continues_in_quizlib(fsrs: bool, tmp_path: Path) -> None:
    from anki.collection import Collection, DeckIdLimit
    from anki.import_export_pb2 import ExportAnkiPackageOptions

    col: Any = Collection(str(tmp_path / "collection.anki2"))
    try:
        col.set_config("fsrs", fsrs)
        # The day ends far from now: a learning step that crosses Anki's day cutoff (4 am by
        # default) waits for the next day, and the test would find no card to answer.
        col.set_config("rollover", (datetime.now().hour + 12) % 24)
        deck_id = col.decks.id("Studiato")
        note = col.new_note(col.models.by_name("Basic"))
        note["Front"], note["Back"] = "Capitale d'Ungheria?", "Budapest"
        col.add_note(note, deck_id)
        col.decks.select(deck_id)
        for ease in (3, 3):  # Good through both learning steps: a review card
            card = col.sched.getCard()
            assert card is not None
            col.sched.answerCard(card, ease)
        package = tmp_path / "studiato.apkg"
        col.export_anki_package(
            out_path=str(package),
            options=ExportAnkiPackageOptions(with_scheduling=True, with_media=False),
            limit=DeckIdLimit(deck_id),
        )
        (anki_card,) = note.cards()
    finally:
        col.close()
    store = Store.memory()
    deck = import_apkg(package, None, store=store)
    ((key, state),) = store.states(deck.id).items()
    assert key == (deck.id, deck.cards[0].id)
    assert state.state == State.REVIEW and state.reps == 2
    assert state.stability is not None and state.difficulty is not None
    assert [log.rating for log in store.logs(deck.id)] == [Rating.GOOD, Rating.GOOD]
    assert _local_day(state.due) == _local_day(datetime.now(UTC) + timedelta(days=anki_card.ivl))
    # The quizlib scheduler takes it from there.
    later = state.due + timedelta(hours=1)
    after, _ = Scheduler(Settings(), fuzz=False).review(state, Rating.GOOD, later)
    assert after.state == State.REVIEW and after.due > later
