"""The parse cache answers only while the file is unchanged."""

from __future__ import annotations

import os
from pathlib import Path

from quizlib.deckcache import load_deck_cached
from quizlib.deckfile import load_deck

DECK = "quizlib: 1\ndeck: T\ncards:\n  - id: a\n    question: Q?\n    answer: A\n    tags: [x]\n"


def test_cache_hit_equals_parse(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    path.write_text(DECK, encoding="utf-8")
    first = load_deck_cached(path, tmp_path / "cache")
    assert list((tmp_path / "cache").iterdir())
    second = load_deck_cached(path, tmp_path / "cache")
    assert first == second == load_deck(path)
    assert second.lines == {"a": 4}


def test_changed_file_is_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    path.write_text(DECK, encoding="utf-8")
    load_deck_cached(path, tmp_path / "cache")
    path.write_text(DECK.replace("Q?", "Other question?"), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert load_deck_cached(path, tmp_path / "cache").cards[0].question == "Other question?"
