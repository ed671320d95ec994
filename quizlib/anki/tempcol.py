"""Throwaway Anki collections in temporary folders: never the person's own Anki."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from anki.collection import Collection
    from anki.dbproxy import DBProxy

    from quizlib.anki.progress import AnkiDays


@contextmanager
def open_collection(path: Path) -> Iterator[Collection]:
    """The collection at `path` (created if missing), closed on exit. Imports `anki` (~0.3 s)."""
    from anki.collection import Collection

    col = Collection(str(path))
    try:
        yield col
    finally:
        col.close()


@contextmanager
def temp_collection() -> Iterator[Collection]:
    """An empty collection, closed and deleted on exit."""
    with tempfile.TemporaryDirectory(prefix="quizlib-anki-") as tmp:
        with open_collection(Path(tmp) / "collection.anki2") as col:
            yield col


def db(col: Collection) -> DBProxy:
    """The collection's database (None only once it is closed)."""
    assert col.db is not None, "collection closed"
    return col.db


def anki_days(col: Collection) -> AnkiDays:
    """The collection's day numbering."""
    from quizlib.anki.progress import AnkiDays

    return AnkiDays(today=col.sched.today, cutoff=col.sched.day_cutoff)
