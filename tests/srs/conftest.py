"""Fixtures for the spaced-repetition tests: a fixed clock, fuzz off, a fresh store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizlib.model import Card, Deck
from quizlib.srs.scheduler import Scheduler
from quizlib.srs.settings import Settings
from quizlib.srs.store import Store

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def make_deck(deck_id: str = "d", n: int = 5, **extra: Card) -> Deck:
    cards = tuple(Card(id=f"c{i}", question=f"q{i}", answer=f"a{i}") for i in range(n))
    return Deck(name=deck_id, id=deck_id, cards=cards + tuple(extra.values()))


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def scheduler(settings: Settings) -> Scheduler:
    return Scheduler(settings, fuzz=False)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "progress.db") as s:
        yield s
