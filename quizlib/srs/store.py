"""The progress store: one SQLite database of per-item FSRS state and an append-only review log.

Tables (schema version 2; STORE.md beside this file describes them for the README):

``schema_version(version, applied_at)``
    One row per migration applied; the highest version is the schema's.
``items(deck_id, item_id, state, step, stability, difficulty, due, last_review, reps,
lapses, suspended, buried_until)``
    The scheduling state of each item studied, keyed by (deck id, item id); never text.
    Items of a deck without a row are new. Rows of items gone from their deck stay
    (orphans) and resume if the item comes back.
``reviews(id, deck_id, item_id, rating, reviewed_at, duration_ms, mode, typed,
state_before, state, due, interval_s, last_interval_s, stability, difficulty, previous)``
    One row per rating, in order; only undo deletes (the last row).

Times are integer milliseconds since the Unix epoch (UTC). Every write is its own
committed transaction (WAL, synchronous=NORMAL), so a killed process loses nothing it
recorded, and several processes can share one store (busy_timeout waits for the lock).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from quizlib import paths
from quizlib.errors import StoreError
from quizlib.model import Deck
from quizlib.srs.scheduler import CardState, Rating, ReviewLog, State

SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 10_000

_V1 = """
CREATE TABLE items (
    deck_id      TEXT    NOT NULL,
    item_id      TEXT    NOT NULL,
    state        INTEGER NOT NULL,            -- 0 new, 1 learning, 2 review, 3 relearning
    step         INTEGER,                     -- learning step, NULL outside learning
    stability    REAL,                        -- FSRS stability (days)
    difficulty   REAL,                        -- FSRS difficulty (1-10)
    due          INTEGER NOT NULL,            -- ms since epoch, UTC
    last_review  INTEGER,
    reps         INTEGER NOT NULL DEFAULT 0,
    lapses       INTEGER NOT NULL DEFAULT 0,
    suspended    INTEGER NOT NULL DEFAULT 0,
    buried_until INTEGER,
    PRIMARY KEY (deck_id, item_id)
) WITHOUT ROWID;
CREATE INDEX items_due ON items (deck_id, state, due);
CREATE TABLE reviews (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    deck_id         TEXT    NOT NULL,
    item_id         TEXT    NOT NULL,
    rating          INTEGER NOT NULL,         -- 1 again, 2 hard, 3 good, 4 easy
    reviewed_at     INTEGER NOT NULL,         -- ms since epoch, UTC
    duration_ms     INTEGER,
    mode            TEXT    NOT NULL,         -- flip, typed, choice, cloze, import
    typed           TEXT,                     -- the answer typed, if any
    state_before    INTEGER NOT NULL,
    state           INTEGER NOT NULL,         -- state after the review
    due             INTEGER NOT NULL,         -- due after the review
    interval_s      INTEGER NOT NULL,         -- due - reviewed_at, seconds
    last_interval_s INTEGER,                  -- the interval before, seconds
    stability       REAL,
    difficulty      REAL,
    previous        TEXT                      -- JSON state before, for undo
);
CREATE INDEX reviews_item ON reviews (deck_id, item_id);
CREATE INDEX reviews_time ON reviews (reviewed_at);
"""


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    """A migration running plain statements inside the caller's transaction.

    (executescript would commit first, so the statements run one by one.)
    """

    def run(db: sqlite3.Connection) -> None:
        for statement in sql.split(";"):
            if statement.strip():
                db.execute(statement)

    return run


# Migration n takes the schema from version n-1 to n. Append; never edit a released one.
_V2 = """
-- covering for the day's limits, per-day counts and retention
CREATE INDEX reviews_deck_time ON reviews (deck_id, reviewed_at, state_before, rating);
DROP INDEX reviews_time;
CREATE INDEX items_queue ON items (deck_id, state, suspended, due);
DROP INDEX items_due;
"""

MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_script(_V1), _script(_V2))

_ITEM_COLUMNS = (
    "deck_id, item_id, state, step, stability, difficulty, due, last_review, reps, lapses,"
    " suspended, buried_until"
)
_REVIEW_COLUMNS = (
    "id, deck_id, item_id, rating, reviewed_at, duration_ms, mode, typed, state_before, state,"
    " due, interval_s, last_interval_s, stability, difficulty, previous"
)


def to_ms(when: datetime) -> int:
    if when.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return round(when.timestamp() * 1000)


def from_ms(ms: int) -> datetime:
    # exact for whole milliseconds: the float's error is far below the microsecond rounding
    return datetime.fromtimestamp(ms / 1000, UTC)


def _opt_ms(when: datetime | None) -> int | None:
    return None if when is None else to_ms(when)


def _opt_dt(ms: int | None) -> datetime | None:
    return None if ms is None else from_ms(ms)


def state_row(s: CardState) -> tuple[Any, ...]:
    return (
        s.deck_id,
        s.item_id,
        int(s.state),
        s.step,
        s.stability,
        s.difficulty,
        to_ms(s.due),
        _opt_ms(s.last_review),
        s.reps,
        s.lapses,
        int(s.suspended),
        _opt_ms(s.buried_until),
    )


_STATES = tuple(State)


def state_from_row(r: Sequence[Any]) -> CardState:
    return CardState(
        deck_id=r[0],
        item_id=r[1],
        state=_STATES[r[2]],
        step=r[3],
        stability=r[4],
        difficulty=r[5],
        due=from_ms(r[6]),
        last_review=_opt_dt(r[7]),
        reps=r[8],
        lapses=r[9],
        suspended=bool(r[10]),
        buried_until=_opt_dt(r[11]),
    )


def _log_row(log: ReviewLog) -> tuple[Any, ...]:
    last = log.last_interval
    return (
        log.deck_id,
        log.item_id,
        int(log.rating),
        to_ms(log.reviewed_at),
        log.duration_ms,
        log.mode,
        log.typed,
        int(log.state_before),
        int(log.state),
        to_ms(log.due),
        round(log.interval.total_seconds()),
        None if last is None else round(last.total_seconds()),
        log.stability,
        log.difficulty,
        None if log.previous is None else json.dumps(log.previous.to_dict()),
    )


def _log_from_row(r: Sequence[Any]) -> ReviewLog:
    return ReviewLog(
        id=r[0],
        deck_id=r[1],
        item_id=r[2],
        rating=Rating(r[3]),
        reviewed_at=from_ms(r[4]),
        duration_ms=r[5],
        mode=r[6],
        typed=r[7],
        state_before=State(r[8]),
        state=State(r[9]),
        due=from_ms(r[10]),
        interval=timedelta(seconds=r[11]),
        last_interval=None if r[12] is None else timedelta(seconds=r[12]),
        stability=r[13],
        difficulty=r[14],
        previous=None if r[15] is None else CardState.from_dict(json.loads(r[15])),
    )


class Store:
    """Progress of every item ever studied. Open with `Store.open()`; use as a context manager."""

    def __init__(self, db: sqlite3.Connection, path: Path | None) -> None:
        self.db = db
        self.path = path
        # per deck, the stored items that are not new or are suspended (see studied_ids)
        self._studied: dict[str, set[str]] = {}
        self._data_version: int | None = None
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: Path | None = None, *, synchronous: str = "NORMAL") -> Store:
        """Open (creating and migrating as needed) the store; default: the quizlib home's.

        `synchronous="FULL"` also survives a power cut at the cost of an fsync per review;
        NORMAL (the default) survives a killed process.
        """
        path = path if path is not None else paths.database_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(
                path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as e:
            raise StoreError(f"{path}: cannot open the progress database: {e}") from e
        store = cls(db, path)
        try:
            store._setup(synchronous)
        except sqlite3.DatabaseError as e:
            db.close()
            raise StoreError(f"{path}: not a usable progress database: {e}") from e
        except StoreError:
            db.close()
            raise
        return store

    @classmethod
    def memory(cls) -> Store:
        """A throwaway store in memory, for tests and previews."""
        db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        store = cls(db, None)
        store._setup("OFF")
        return store

    def _setup(self, synchronous: str) -> None:
        db = self.db
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if self.path is not None:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"{self.path}: cannot switch the database to WAL mode")
        if synchronous.upper() not in ("OFF", "NORMAL", "FULL", "EXTRA"):
            raise ValueError(f"unknown synchronous mode {synchronous!r}")
        db.execute(f"PRAGMA synchronous = {synchronous.upper()}")
        db.execute("PRAGMA foreign_keys = ON")
        self._migrate()

    def _migrate(self) -> None:
        """Bring the schema up to date; an up-to-date store is only read, never locked."""
        try:
            current = self._version()
        except sqlite3.OperationalError:  # no schema_version table: a new database
            current = -1
        if current == len(MIGRATIONS):
            return
        with self._write() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            current = self._version()  # again: another process may have migrated meanwhile
            if current > len(MIGRATIONS):
                where = self.path or "the store"
                raise StoreError(
                    f"{where}: progress database version {current} is newer than this quizlib "
                    f"understands ({len(MIGRATIONS)}); upgrade quizlib"
                )
            for version in range(current + 1, len(MIGRATIONS) + 1):
                MIGRATIONS[version - 1](db)
                db.execute(
                    "INSERT INTO schema_version (version, applied_at)"
                    " VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                    (version,),
                )

    def _version(self) -> int:
        return int(self.db.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0)

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("SELECT max(version) FROM schema_version").fetchone()[0])

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; BEGIN IMMEDIATE takes the write lock up front.

        A lock serializes writers sharing this Store between threads (a TUI worker and
        the screen); other processes wait on SQLite's busy timeout.
        """
        where = self.path or "the progress store"
        with self._lock:
            db = self.db
            try:
                db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as e:
                raise StoreError(f"{where}: the progress database is busy or locked: {e}") from e
            try:
                yield db
                db.execute("COMMIT")
            except sqlite3.Error as e:
                self._rollback()
                raise StoreError(f"{where}: cannot save progress: {e}") from e
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        self._studied.clear()
        try:
            self.db.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # SQLite already rolled back (disk full, I/O error)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # reading

    def get(self, deck_id: str, item_id: str) -> CardState | None:
        row = self.db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items WHERE deck_id = ? AND item_id = ?",
            (deck_id, item_id),
        ).fetchone()
        return None if row is None else state_from_row(row)

    def states(self, deck_id: str | None = None) -> dict[tuple[str, str], CardState]:
        """Every stored state (of one deck, or all), keyed by (deck id, item id)."""
        if deck_id is None:
            rows = self.db.execute(f"SELECT {_ITEM_COLUMNS} FROM items")
        else:
            rows = self.db.execute(
                f"SELECT {_ITEM_COLUMNS} FROM items WHERE deck_id = ?", (deck_id,)
            )
        return {(r[0], r[1]): state_from_row(r) for r in rows}

    def query_states(self, where: str, params: Sequence[Any] = ()) -> list[CardState]:
        """States matching an SQL condition on the items table (for the queue and stats)."""
        rows = self.db.execute(f"SELECT {_ITEM_COLUMNS} FROM items WHERE {where}", params)
        return [state_from_row(r) for r in rows]

    def logs(self, deck_id: str | None = None, item_id: str | None = None) -> list[ReviewLog]:
        """Review log entries, oldest first."""
        where, params = [], []
        if deck_id is not None:
            where.append("deck_id = ?")
            params.append(deck_id)
        if item_id is not None:
            where.append("item_id = ?")
            params.append(item_id)
        sql = f"SELECT {_REVIEW_COLUMNS} FROM reviews"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.db.execute(sql + " ORDER BY reviewed_at, id", params)
        return [_log_from_row(r) for r in rows]

    def review_count(self, deck_ids: Collection[str] | None = None) -> int:
        if deck_ids is None:
            return int(self.db.execute("SELECT count(*) FROM reviews").fetchone()[0])
        marks = ",".join("?" * len(deck_ids))
        sql = f"SELECT count(*) FROM reviews WHERE deck_id IN ({marks})"
        return int(self.db.execute(sql, tuple(deck_ids)).fetchone()[0])

    def orphans(self, decks: Iterable[Deck]) -> list[tuple[str, str]]:
        """Stored (deck id, item id) keys that no given deck has: progress kept for later."""
        from quizlib.srs.queue import deck_index

        present = {d.id: deck_index(d).ids for d in decks}
        stored: set[tuple[str, str]] = set(self.db.execute("SELECT deck_id, item_id FROM items"))
        # DISTINCT walks the (deck_id, item_id) index: no sort of the whole log
        stored.update(self.db.execute("SELECT DISTINCT deck_id, item_id FROM reviews"))
        return sorted(key for key in stored if key[1] not in present.get(key[0], ()))

    # writing: every method is one committed transaction

    def put(self, state: CardState) -> None:
        with self._write() as db:
            self._put(db, state)

    def _put(self, db: sqlite3.Connection, state: CardState) -> None:
        db.execute(
            f"INSERT OR REPLACE INTO items ({_ITEM_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            state_row(state),
        )
        self._note(state.deck_id, state.item_id, state.state != State.NEW or state.suspended)

    def _note(self, deck_id: str, item_id: str, studied: bool) -> None:
        ids = self._studied.get(deck_id)
        if ids is not None:
            if studied:
                ids.add(item_id)
            else:
                ids.discard(item_id)

    def studied_ids(self, deck_id: str) -> set[str]:
        """Stored items of a deck that are not new, or are suspended: never new today.

        Cached for big decks (the study queue asks for it often), kept up to date by this
        store's writes; a commit by another connection empties the cache. Do not modify.
        """
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._data_version:
            self._studied.clear()
            self._data_version = version
        ids = self._studied.get(deck_id)
        if ids is None:
            # one joined string instead of a row per item: far fewer Python objects
            (joined,) = self.db.execute(
                "SELECT group_concat(item_id, char(10)) FROM items"
                " WHERE deck_id = ? AND (state != 0 OR suspended = 1)",
                (deck_id,),
            ).fetchone()
            ids = set(joined.split("\n")) if joined else set()
            self._studied[deck_id] = ids
        return ids

    def record(self, state: CardState, log: ReviewLog) -> None:
        """Save a review: the item's new state and its log row, committed together."""
        if state.key != (log.deck_id, log.item_id):
            raise ValueError("the state and the log are of different items")
        with self._write() as db:
            self._put(db, state)
            self._insert_log(db, log)

    def _insert_log(self, db: sqlite3.Connection, log: ReviewLog) -> None:
        db.execute(
            f"INSERT INTO reviews ({_REVIEW_COLUMNS.removeprefix('id, ')})"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            _log_row(log),
        )

    def undo_last(
        self, deck_ids: Collection[str] | None = None, *, key: tuple[str, str] | None = None
    ) -> ReviewLog | None:
        """Undo the latest review (of the given decks): restore the state before, drop the row.

        Returns the undone log, or None if there is nothing that can be undone (imported
        history carries no state to go back to), or if `key` is given and the latest review
        is of another item (someone else rated since): then nothing changes.
        """
        with self._write() as db:
            sql = f"SELECT {_REVIEW_COLUMNS} FROM reviews"
            params: tuple[str, ...] = ()
            if deck_ids is not None:
                sql += f" WHERE deck_id IN ({','.join('?' * len(deck_ids))})"
                params = tuple(deck_ids)
            row = db.execute(sql + " ORDER BY id DESC LIMIT 1", params).fetchone()
            if row is None or row[15] is None or (key is not None and (row[1], row[2]) != key):
                return None
            log = _log_from_row(row)
            assert log.previous is not None
            if log.previous.state == State.NEW and log.previous.reps == 0:
                # the item had never been studied: back to no row at all, unless
                # it was suspended or buried before
                if log.previous.suspended or log.previous.buried_until is not None:
                    self._put(db, log.previous)
                else:
                    db.execute(
                        "DELETE FROM items WHERE deck_id = ? AND item_id = ?",
                        (log.deck_id, log.item_id),
                    )
                    self._note(log.deck_id, log.item_id, False)
            else:
                self._put(db, log.previous)
            db.execute("DELETE FROM reviews WHERE id = ?", (log.id,))
            return log

    def _update_flag(self, deck_id: str, item_id: str, column: str, value: Any) -> None:
        with self._write() as db:
            cur = db.execute(
                f"UPDATE items SET {column} = ? WHERE deck_id = ? AND item_id = ?",
                (value, deck_id, item_id),
            )
            if cur.rowcount == 0:
                self._put(db, CardState(deck_id, item_id))
                db.execute(
                    f"UPDATE items SET {column} = ? WHERE deck_id = ? AND item_id = ?",
                    (value, deck_id, item_id),
                )
            state, suspended = db.execute(
                "SELECT state, suspended FROM items WHERE deck_id = ? AND item_id = ?",
                (deck_id, item_id),
            ).fetchone()
            self._note(deck_id, item_id, state != State.NEW or bool(suspended))

    def set_buried(self, deck_id: str, item_id: str, until: datetime | None) -> None:
        """Hide an item until `until` (the next study day); None unburies."""
        self._update_flag(deck_id, item_id, "buried_until", _opt_ms(until))

    def set_suspended(self, deck_id: str, item_id: str, suspended: bool) -> None:
        self._update_flag(deck_id, item_id, "suspended", int(suspended))

    def reset(self, deck_id: str, item_id: str) -> None:
        """Make an item new again (keeping suspension); its review log stays."""
        with self._write() as db:
            old = db.execute(
                "SELECT suspended FROM items WHERE deck_id = ? AND item_id = ?",
                (deck_id, item_id),
            ).fetchone()
            if old is None:
                return
            self._put(db, CardState(deck_id, item_id, suspended=bool(old[0])))

    def put_history(self, state: CardState, logs: Sequence[ReviewLog]) -> None:
        """Store an item's state with its past reviews (from an Anki import), in one commit."""
        with self._write() as db:
            self._put(db, state)
            for log in sorted(logs, key=lambda x: x.reviewed_at):
                self._insert_log(db, log)

    def forget_deck(self, deck_id: str) -> None:
        """Delete every state and review of a deck."""
        with self._write() as db:
            db.execute("DELETE FROM items WHERE deck_id = ?", (deck_id,))
            self._studied.pop(deck_id, None)
            db.execute("DELETE FROM reviews WHERE deck_id = ?", (deck_id,))
