"""A parse cache for deck files, keyed by path, size and modification time.

Even the C YAML loader needs about a second for 10,000 cards; the same deck as
JSON loads in milliseconds. Only clean decks are cached, and any change to the
file (size or mtime) makes the entry stale.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import fields
from pathlib import Path
from typing import Any

from quizlib import paths
from quizlib.model import Card, Deck

# 3: cards stored by column (one list per Card field), rebuilt with map(Card, ...).
# 4: `generated` is an object, card id -> fingerprint (or null), no longer a list of ids.
CACHE_VERSION = 4
CARD_FIELDS = tuple(field.name for field in fields(Card))
# Fields holding tuples, which JSON gives back as lists.
TUPLE_FIELDS = frozenset(field.name for field in fields(Card) if field.default == ())


def _entry_path(path: Path, cache_dir: Path) -> Path:
    key = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:32]
    return cache_dir / f"deck-{key}.json"


def _stamp(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def _deck_to_json(deck: Deck) -> dict[str, Any]:
    cards = deck.cards
    return {
        "name": deck.name,
        "id": deck.id,
        "language": deck.language,
        "source": deck.source,
        "deleted": list(deck.deleted),
        "generated": dict(deck.generated),
        "lines": deck.lines,
        "cards": {name: [getattr(card, name) for card in cards] for name in CARD_FIELDS},
    }


def _deck_from_json(data: dict[str, Any]) -> Deck:
    columns = data["cards"]
    # Positional, column by column: no dict per card, the loops run in C.
    cards = tuple(
        map(
            Card,
            *(
                map(tuple, columns[name]) if name in TUPLE_FIELDS else columns[name]
                for name in CARD_FIELDS
            ),
        )
    )
    return Deck(
        name=data["name"],
        id=data["id"],
        cards=cards,
        language=data["language"],
        source=data["source"],
        deleted=tuple(data["deleted"]),
        generated=dict(data["generated"]),
        lines=data["lines"],
    )


def load_deck_cached(path: Path, cache_dir: Path | None = None) -> Deck:
    """load_deck, answered from the cache when the file has not changed since it was parsed."""
    # The YAML reader is imported only on a miss: a hit does not need it.
    cache_dir = cache_dir or paths.cache_dir()
    try:
        stamp = _stamp(path)
    except OSError:
        from quizlib.deckfile import load_deck

        return load_deck(path)  # reports the missing file or directory as a problem
    entry = _entry_path(path, cache_dir)
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        data = json.loads(entry.read_text(encoding="utf-8"))
        if data["version"] == CACHE_VERSION and data["stamp"] == stamp:
            return _deck_from_json(data["deck"])
    from quizlib.atomic import write_text_atomic
    from quizlib.deckfile import load_deck

    deck = load_deck(path)
    payload = {"version": CACHE_VERSION, "stamp": stamp, "deck": _deck_to_json(deck)}
    with contextlib.suppress(OSError):  # a read-only home only costs speed
        write_text_atomic(entry, json.dumps(payload, ensure_ascii=False))
    return deck
