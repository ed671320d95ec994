"""App tests: a small deck in a temporary directory, a fixed clock, a seeded scheduler."""

from __future__ import annotations

import asyncio
import functools
import random
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.screen import Screen

from quizlib.srs.store import Store
from quizlib.tui.app import QuizApp, make_app

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)

DECK = """\
quizlib: 1
deck: Budapest
id: budapest
language: it
source: budapest.it.txt
cards:
  - id: formed
    question: Quando si formò Budapest?
    answer: "1873"
    accept: [nel 1873]
    choices: ["1867", "1873", "1896", "1914"]
    context: Budapest si formò nel 1873.
    origin: entry Budapest
  - id: river
    question: Quale fiume attraversa Budapest?
    answer: Danubio
    accept: [il Danubio]
    context: Budapest è attraversata dal Danubio.
    origin: entry Budapest
  - id: nato
    question: Che cosa significa la sigla NATO?
    answer: Organizzazione del Trattato dell'Atlantico del Nord
    context: La NATO è un'alleanza militare.
    origin: entry NATO
  - id: cities
    cloze: Budapest unì le città di {{c1::Buda}} e Pest.
    context: Budapest unì Buda, Óbuda e Pest.
    origin: entry Budapest
"""


class Host(App[None]):
    """A bare app that shows one screen, for testing a screen on its own."""

    def __init__(self, screen_factory: Callable[[], Screen[Any]]) -> None:
        super().__init__()
        self.screen_factory = screen_factory

    def on_mount(self) -> None:
        self.push_screen(self.screen_factory())


@pytest.fixture
def store(tmp_path: Path) -> Any:
    """A fresh progress store in a temporary directory."""
    with Store.open(tmp_path / "p.db") as opened:
        yield opened


def run_async(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async Pilot test without an asyncio plugin for pytest."""

    @functools.wraps(test)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return wrapper


@pytest.fixture
def deck_path(tmp_path: Path) -> Path:
    path = tmp_path / "budapest.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


@pytest.fixture
def new_app(deck_path: Path, quizlib_home: Path) -> Callable[..., QuizApp]:
    """make_app on the test deck with the fixed clock; keyword arguments go to make_app."""

    def factory(**kwargs: Any) -> QuizApp:
        kwargs.setdefault("now", lambda: NOW)
        app = make_app(kwargs.pop("deck_paths", [deck_path]), home=quizlib_home, **kwargs)
        app.rng = random.Random(7)
        return app

    return factory


async def loaded(app: QuizApp, pilot: Any) -> None:
    """Wait until the deck list has read and counted the decks (it starts once the first
    frame is out, so there may be no worker yet)."""
    decks = app.screen_stack[0]
    for _ in range(1000):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if decks.shown:
            return
        await pilot.pause(0.01)
    raise TimeoutError("the deck list never loaded")


async def study(app: QuizApp, pilot: Any, *then: str) -> None:
    """Enter on the deck list, wait for the session (its queue is built in a thread),
    then press `then`."""
    await pilot.press("enter")
    await app.workers.wait_for_complete()
    await pilot.pause()
    if then:
        await pilot.press(*then)
