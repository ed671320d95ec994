"""The base of screens that look at decks and their progress (stats, browse)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from textual.screen import Screen

from quizlib.model import Deck
from quizlib.srs.settings import Settings
from quizlib.srs.store import Store


class ProgressScreen(Screen[None]):
    """A screen over some decks, the progress store, the settings and a fixed `now`."""

    def __init__(
        self,
        decks: Sequence[Deck],
        store: Store,
        settings: Settings,
        now: datetime,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.decks = tuple(decks)
        self.store = store
        self.settings = settings
        self.now = now
        self.setup()

    def setup(self) -> None:
        """The screen's own state, set once its decks, store, settings and now are known."""
