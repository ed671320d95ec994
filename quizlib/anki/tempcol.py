"""A throwaway Anki collection in a temporary folder: never the person's own Anki."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from quizlib.anki.progress import AnkiDays

if TYPE_CHECKING:
    from anki.collection import Collection
    from anki.dbproxy import DBProxy


@contextmanager
def temp_collection() -> Iterator[Collection]:
    """An empty collection, closed and deleted on exit. Imports `anki` (about 0.2 s)."""
    from anki.collection import Collection

    with tempfile.TemporaryDirectory(prefix="quizlib-anki-") as tmp:
        col = Collection(str(Path(tmp) / "collection.anki2"))
        try:
            yield col
        finally:
            col.close()


def anki_days(col: Collection) -> AnkiDays:
    """The collection's day numbering."""
    return AnkiDays(today=col.sched.today, cutoff=col.sched.day_cutoff)


def db(col: Collection) -> DBProxy:
    """The collection's database (None only once it is closed)."""
    assert col.db is not None, "collection closed"
    return col.db
