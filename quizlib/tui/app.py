"""The Textual app: holds the decks, the progress store and the clock; screens do the rest."""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.screen import Screen

from quizlib.errors import QuizlibError
from quizlib.tui import bindings

if TYPE_CHECKING:
    from quizlib.model import Deck
    from quizlib.srs.settings import Settings
    from quizlib.srs.store import Store

MODES = ("flip", "typed", "choice", "mixed")


def wall_clock() -> datetime:
    return datetime.now(UTC)


class QuizApp(App[int]):
    """quizlib's terminal app: a deck list, review sessions and the screens around them."""

    TITLE = "quizlib"
    BINDINGS: ClassVar[list[BindingType]] = bindings.APP
    # The deck list's stylesheet is the app's, parsed once with the others at start. As the
    # screen's CSS_PATH (which Textual loads only for a mode's screen) every stylesheet was
    # parsed twice more before the first frame.
    CSS_PATH = "screens/decks.tcss"

    def __init__(
        self,
        deck_paths: Sequence[Path] | None = None,
        *,
        mode: str = "flip",
        study: bool = False,
        now: Callable[[], datetime] = wall_clock,
    ) -> None:
        super().__init__()
        if mode not in MODES:
            raise ValueError(f"unknown review mode {mode!r}; use one of {', '.join(MODES)}")
        self.deck_paths = list(deck_paths) if deck_paths is not None else None
        self.mode = mode
        self.study_first = study
        self.now = now
        # Randomness of the scheduler's fuzz; tests set a seeded Random.
        self.rng: random.Random | None = None
        self.decks: list[Deck] = []
        self.deck_files: dict[str, Path] = {}
        self.settings: Settings | None = None
        self._store: Store | None = None

    def get_default_screen(self) -> Screen:
        from quizlib.tui.screens.decks import DecksScreen

        return DecksScreen()

    def on_ready(self) -> None:
        """The first frame is on the terminal: now read the decks."""
        from quizlib.tui.screens.decks import DecksScreen

        for screen in self.screen_stack:
            if isinstance(screen, DecksScreen):
                screen.reload()

    @property
    def store(self) -> Store:
        """The progress store of the UI thread, opened on first use (raises StoreError)."""
        if self._store is None:
            from quizlib.srs.store import Store

            self._store = Store.open()
        return self._store

    def on_unmount(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def report(self, error: BaseException | str, *, title: str = "Error") -> None:
        """Show a library error as a notification: its message is written for people."""
        if isinstance(error, str):
            message = error
        elif isinstance(error, QuizlibError):
            message = str(error)
        else:
            message = f"{type(error).__name__}: {error}"
        lines = message.splitlines()
        if len(lines) > 8:
            message = "\n".join([*lines[:8], f"... and {len(lines) - 8} more"])
        self.notify(message, title=title, severity="error", timeout=10, markup=False)

    def replace_deck(self, deck: Deck) -> None:
        """Use a re-read deck (after an edit) everywhere from now on."""
        self.decks = [deck if d.id == deck.id else d for d in self.decks]

    def action_help(self) -> None:
        from quizlib.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from quizlib.tui.screens.decks import DecksScreen

        yield SystemCommand("Help", "Every key of quizlib", self.action_help)
        if isinstance(screen, DecksScreen):
            yield from screen.commands()
        yield from super().get_system_commands(screen)


def make_app(
    deck_paths: Sequence[Path] | None = None,
    *,
    home: Path | None = None,
    mode: str = "flip",
    study: bool = False,
    now: Callable[[], datetime] | None = None,
) -> QuizApp:
    """The app on these deck files (default: the person's decks, else the shipped ones).

    `home` moves the progress store and settings, as `QUIZLIB_HOME` does (it sets it);
    `now` replaces the wall clock, for tests.
    """
    if home is not None:
        from quizlib.paths import HOME_ENV

        os.environ[HOME_ENV] = str(home)
    return QuizApp(deck_paths, mode=mode, study=study, now=now or wall_clock)
