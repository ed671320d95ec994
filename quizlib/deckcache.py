"""A parse cache for deck files, keyed by path, size and modification time.

Even the C YAML loader needs about a second for 10,000 cards; the same deck as
JSON loads in milliseconds. Only clean decks are cached, and any change to the
file (size or mtime) makes the entry stale.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from quizlib import paths
from quizlib.deckfile import load_deck, write_text_atomic
from quizlib.model import Card, Deck

CACHE_VERSION = 2


def _entry_path(path: Path, cache_dir: Path) -> Path:
    key = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:32]
    return cache_dir / f"deck-{key}.json"


def _stamp(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def _card_from_json(data: dict[str, Any]) -> Card:
    fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
    return Card(**fields)


def _deck_from_json(data: dict[str, Any]) -> Deck:
    cards = tuple(_card_from_json(card) for card in data["cards"])
    return Deck(
        name=data["name"],
        id=data["id"],
        cards=cards,
        language=data["language"],
        source=data["source"],
        deleted=tuple(data["deleted"]),
        generated=tuple(data["generated"]),
        lines=data["lines"],
    )


def load_deck_cached(path: Path, cache_dir: Path | None = None) -> Deck:
    """load_deck, answered from the cache when the file has not changed since it was parsed."""
    cache_dir = cache_dir or paths.cache_dir()
    try:
        stamp = _stamp(path)
    except OSError:
        return load_deck(path)  # reports the missing file or directory as a problem
    entry = _entry_path(path, cache_dir)
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        data = json.loads(entry.read_text(encoding="utf-8"))
        if data["version"] == CACHE_VERSION and data["stamp"] == stamp:
            return _deck_from_json(data["deck"])
    deck = load_deck(path)
    payload = {"version": CACHE_VERSION, "stamp": stamp, "deck": asdict(deck)}
    with contextlib.suppress(OSError):  # a read-only home only costs speed
        write_text_atomic(entry, json.dumps(payload, ensure_ascii=False))
    return deck
