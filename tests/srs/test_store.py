from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from quizlib.errors import StoreError
from quizlib.model import Card, Deck
from quizlib.srs.scheduler import CardState, Rating, ReviewLog, Scheduler, State
from quizlib.srs.settings import Settings
from quizlib.srs.store import MIGRATIONS, SCHEMA_VERSION, Store

from .conftest import NOW, make_deck


def rate(
    store: Store, scheduler: Scheduler, item: str, rating: Rating, when: datetime
) -> CardState:
    state = store.get("d", item) or scheduler.new_state("d", item, when)
    new, log = scheduler.review(state, rating, when)
    store.record(new, log)
    return new


def test_new_store_has_the_schema(store: Store) -> None:
    assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
    mode = store.db.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    assert store.get("d", "c0") is None and store.states() == {} and store.logs() == []


def test_default_path_is_in_the_home(quizlib_home: Path) -> None:
    with Store.open() as store:
        assert store.path == quizlib_home / "progress.db"
    assert (quizlib_home / "progress.db").exists()


def test_record_and_read_back(store: Store, scheduler: Scheduler, now: datetime) -> None:
    s1 = rate(store, scheduler, "c0", Rating.GOOD, now)
    s2 = rate(store, scheduler, "c0", Rating.GOOD, now + timedelta(minutes=10))
    assert store.get("d", "c0") == s2
    assert store.states() == {("d", "c0"): s2} == store.states("d")
    assert store.states("other") == {}
    logs = store.logs()
    assert [log.rating for log in logs] == [Rating.GOOD, Rating.GOOD]
    assert logs[0].previous == scheduler.new_state("d", "c0", now)
    assert logs[1].previous == s1
    assert logs[1].state == State.REVIEW and logs[1].last_interval == timedelta(minutes=10)
    assert store.logs("d", "c0") == logs and store.logs("x") == []
    assert store.review_count() == 2 == store.review_count(["d"])


def test_record_rejects_mismatched_log(store: Store, now: datetime) -> None:
    with pytest.raises(ValueError):
        store.record(CardState("d", "a"), ReviewLog("d", "b", Rating.GOOD, now))


def test_undo_restores_state_and_removes_the_row(
    store: Store, scheduler: Scheduler, now: datetime
) -> None:
    s1 = rate(store, scheduler, "c0", Rating.GOOD, now)
    rate(store, scheduler, "c0", Rating.AGAIN, now + timedelta(minutes=5))
    undone = store.undo_last()
    assert undone is not None and undone.rating == Rating.AGAIN
    assert store.get("d", "c0") == s1 and len(store.logs()) == 1
    assert store.undo_last(["other-deck"]) is None
    assert store.undo_last(["d"]) is not None
    assert store.get("d", "c0") is None and store.logs() == []  # never studied again
    assert store.undo_last() is None


def test_undo_keeps_a_suspension_from_before(
    store: Store, scheduler: Scheduler, now: datetime
) -> None:
    store.set_buried("d", "c0", now + timedelta(hours=3))
    state = store.get("d", "c0")
    assert state is not None and state.is_buried(now)
    new, log = scheduler.review(state, Rating.GOOD, now)
    store.record(new, log)
    store.undo_last()
    assert store.get("d", "c0") == state


def test_bury_suspend_reset(store: Store, scheduler: Scheduler, now: datetime) -> None:
    store.set_suspended("d", "new-one", True)
    s = store.get("d", "new-one")
    assert s is not None and s.suspended and s.state == State.NEW
    store.set_suspended("d", "new-one", False)
    assert not store.get("d", "new-one").suspended  # type: ignore[union-attr]
    rate(store, scheduler, "c0", Rating.EASY, now)
    store.set_buried("d", "c0", now + timedelta(days=1))
    assert store.get("d", "c0").buried_until == now + timedelta(days=1)  # type: ignore[union-attr]
    store.set_buried("d", "c0", None)
    store.set_suspended("d", "c0", True)
    store.reset("d", "c0")
    reset = store.get("d", "c0")
    assert reset is not None and reset.state == State.NEW and reset.reps == 0
    assert reset.suspended and len(store.logs()) == 1  # history kept
    store.reset("d", "never-seen")
    assert store.get("d", "never-seen") is None


def test_orphans(store: Store, scheduler: Scheduler, now: datetime) -> None:
    deck = Deck(name="d", id="d", cards=(Card(id="c0", cloze="{{c1::a}} {{c2::b}}"),))
    rate(store, scheduler, "c0", Rating.GOOD, now)
    rate(store, scheduler, "c0#c2", Rating.GOOD, now)
    rate(store, scheduler, "gone", Rating.GOOD, now)
    assert store.orphans([deck]) == [("d", "gone")]
    assert store.orphans([]) == [("d", "c0"), ("d", "c0#c2"), ("d", "gone")]
    # the card comes back: its progress is there
    back = Deck(name="d", id="d", cards=(*deck.cards, Card(id="gone", question="q", answer="a")))
    assert store.orphans([back]) == []
    assert store.get("d", "gone") is not None


def test_put_history(store: Store, now: datetime) -> None:
    state = CardState("d", "c0", State.REVIEW, None, 10.0, 5.0, now, now - timedelta(days=10), 2)
    logs = [
        ReviewLog("d", "c0", Rating.GOOD, now - timedelta(days=10), mode="import"),
        ReviewLog("d", "c0", Rating.AGAIN, now - timedelta(days=20), mode="import"),
    ]
    store.put_history(state, logs)
    assert store.get("d", "c0") == state
    assert [log.rating for log in store.logs()] == [Rating.AGAIN, Rating.GOOD]
    assert store.undo_last() is None  # imported history has no state to go back to


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Store.open(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO schema_version VALUES (99, 'later')")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)


def test_migrations_run_once_and_in_order(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Store.open(path).close()
    with Store.open(path) as store:
        rows = store.db.execute("SELECT version FROM schema_version").fetchall()
    assert rows == [(v,) for v in range(1, SCHEMA_VERSION + 1)]


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable progress database"):
        Store.open(path)


def test_unwritable_place(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open"):
        Store.open(blocker / "sub" / "p.db")


def _writer(path: str, worker: int, count: int) -> None:
    scheduler = Scheduler(Settings(), fuzz=False)
    with Store.open(Path(path)) as store:
        for i in range(count):
            when = NOW + timedelta(seconds=i)
            # both workers rate one shared item too, read-modify-write
            for item in (f"w{worker}-{i}", "shared"):
                state = store.get("d", item) or scheduler.new_state("d", item, when)
                new, log = scheduler.review(state, Rating.GOOD, when)
                store.record(new, log)


def test_two_processes_write_one_store(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Store.open(path).close()
    ctx = multiprocessing.get_context("fork")
    count = 150
    procs = [ctx.Process(target=_writer, args=(str(path), w, count)) for w in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.review_count() == 4 * count
        states = store.states("d")
        assert len(states) == 2 * count + 1
        assert states[("d", "shared")].reps >= 1


def test_a_killed_process_loses_no_recorded_review(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    script = textwrap.dedent(
        f"""
        import sys
        from datetime import timedelta
        from pathlib import Path
        from quizlib.srs.scheduler import Rating, Scheduler
        from quizlib.srs.settings import Settings
        from quizlib.srs.store import Store
        from tests.srs.conftest import NOW
        sch = Scheduler(Settings(), fuzz=False)
        store = Store.open(Path({str(path)!r}))
        i = 0
        while True:
            when = NOW + timedelta(seconds=i)
            state, log = sch.review(sch.new_state("d", f"c{{i}}", when), Rating.GOOD, when)
            store.record(state, log)
            print(i, flush=True)
            i += 1
        """
    )
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=root
    )
    assert proc.stdout is not None
    last = -1
    for line in proc.stdout:
        last = int(line)
        if last >= 200:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert last >= 200
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        recorded = store.review_count()
        assert recorded >= last + 1  # every review whose record() returned is there
        assert len(store.states()) == recorded


def test_memory_store(scheduler: Scheduler, now: datetime) -> None:
    with Store.memory() as store:
        rate(store, scheduler, "c0", Rating.GOOD, now)
        assert len(store.logs()) == 1
    assert make_deck().id == "d"


def test_an_older_store_is_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)")
    db.execute("BEGIN")
    MIGRATIONS[0](db)
    db.execute("INSERT INTO schema_version VALUES (1, 'then')")
    db.execute(
        "INSERT INTO reviews (deck_id, item_id, rating, reviewed_at, mode, state_before,"
        " state, due, interval_s) VALUES ('d', 'old', 3, 0, 'flip', 0, 1, 60000, 60)"
    )
    db.execute("COMMIT")
    db.close()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
        assert "reviews_deck_time" in names and "reviews_time" not in names
        (log,) = store.logs()
        assert log.item_id == "old" and log.interval == timedelta(minutes=1)


def test_a_failed_write_changes_nothing_and_says_so(
    store: Store, scheduler: Scheduler, now: datetime
) -> None:
    first = rate(store, scheduler, "c0", Rating.GOOD, now)
    store.db.execute(
        "CREATE TRIGGER no_more BEFORE INSERT ON reviews"
        " BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    new, log = scheduler.review(first, Rating.GOOD, now + timedelta(minutes=10))
    with pytest.raises(StoreError, match="cannot save progress"):
        store.record(new, log)
    assert store.get("d", "c0") == first and len(store.logs()) == 1
    store.db.execute("DROP TRIGGER no_more")
    store.record(new, log)
    assert store.get("d", "c0") == new


def test_threads_share_one_store(store: Store, scheduler: Scheduler, now: datetime) -> None:
    import threading

    def work(worker: int) -> None:
        for i in range(50):
            rate(store, scheduler, f"t{worker}-{i}", Rating.GOOD, now)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.review_count() == 150 and len(store.states()) == 150
