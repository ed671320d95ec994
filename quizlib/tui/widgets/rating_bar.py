"""The four answer buttons, each with the interval it would schedule next."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button
from textual.widgets.button import ButtonVariant

from quizlib.srs.scheduler import Rating, describe_interval

LABELS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
VARIANTS: dict[int, ButtonVariant] = {1: "error", 2: "warning", 3: "success", 4: "primary"}


class RatingBar(Horizontal):
    """Again / Hard / Good / Easy. Clicking one posts `RatingBar.Rated`."""

    DEFAULT_CSS = """
    RatingBar { height: auto; width: 100%; align-horizontal: center; }
    RatingBar Button { margin: 0 1; min-width: 14; height: 3; }
    RatingBar Button.-suggested { text-style: bold reverse; }
    """

    @dataclass
    class Rated(Message):
        rating: int

    def compose(self) -> ComposeResult:
        for rating, label in LABELS.items():
            button = Button(f"{rating} {label}", id=f"rate-{rating}", variant=VARIANTS[rating])
            # Keys rate; a focused button would swallow enter and space.
            button.can_focus = False
            yield button

    def show(self, preview: Mapping[Rating, timedelta], suggested: int | None = None) -> None:
        """Label each button with its next interval; highlight the suggested rating."""
        for rating, label in LABELS.items():
            button = self.query_one(f"#rate-{rating}", Button)
            span = preview.get(Rating(rating))
            text = f"{rating} {label}"
            button.label = f"{text} · {describe_interval(span)}" if span is not None else text
            button.set_class(rating == suggested, "-suggested")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        assert event.button.id is not None
        self.post_message(self.Rated(int(event.button.id.removeprefix("rate-"))))
