"""What the deck list needs, read off the UI thread: decks, settings and their counts.

Runs in a thread worker, so it opens its own connection to the progress store
(SQLite connections belong to the thread that made them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quizlib.errors import QuizlibError

if TYPE_CHECKING:
    from quizlib.model import Deck
    from quizlib.srs.settings import Settings
    from quizlib.srs.stats import DeckCounts


@dataclass
class Loaded:
    """Decks that loaded, where each came from, their counts, and what went wrong."""

    decks: list[Deck] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)
    counts: dict[str, DeckCounts] = field(default_factory=dict)
    settings: Settings | None = None
    errors: list[str] = field(default_factory=list)


def deck_paths(paths: Sequence[Path] | None) -> list[Path]:
    """The deck files to open: those given, else the person's, else the shipped ones."""
    if paths is not None:
        return list(paths)
    from quizlib.paths import default_deck_files

    return default_deck_files()


def load_decks(paths: Sequence[Path], loaded: Loaded) -> None:
    """Parse every deck file; a broken file becomes an error line, the others still load."""
    from quizlib.deckcache import load_deck_cached

    for path in paths:
        try:
            deck = load_deck_cached(path)
        except QuizlibError as error:
            loaded.errors.append(str(error))
            continue
        except OSError as error:
            loaded.errors.append(f"{path}: {error.strerror or error}")
            continue
        if deck.id in loaded.files:
            loaded.errors.append(
                f"{path}: deck id '{deck.id}' is also used by {loaded.files[deck.id]}; skipped"
            )
            continue
        loaded.decks.append(deck)
        loaded.files[deck.id] = path


def load_settings(loaded: Loaded) -> Settings:
    """The person's settings; a broken settings file is reported and the defaults used."""
    from quizlib.srs.settings import Settings, load_settings

    try:
        return load_settings()
    except QuizlibError as error:
        loaded.errors.append(str(error))
        return Settings()


def count_decks(loaded: Loaded, now: datetime) -> None:
    """New / learning / due counts of every deck, from a store connection of this thread."""
    from quizlib.srs.stats import deck_counts
    from quizlib.srs.store import Store

    assert loaded.settings is not None
    try:
        with Store.open() as store:
            for deck in loaded.decks:
                loaded.counts[deck.id] = deck_counts(deck, store, loaded.settings, now)
    except QuizlibError as error:
        loaded.errors.append(str(error))


def load(
    paths: Sequence[Path] | None,
    now: datetime,
    *,
    decks: Sequence[Deck] | None = None,
    files: dict[str, Path] | None = None,
) -> Loaded:
    """Everything the deck list shows; pass `decks` and `files` to only recount them."""
    loaded = Loaded()
    if decks is not None and files is not None:
        loaded.decks = list(decks)
        loaded.files = dict(files)
    else:
        load_decks(deck_paths(paths), loaded)
    loaded.settings = load_settings(loaded)
    count_decks(loaded, now)
    return loaded
