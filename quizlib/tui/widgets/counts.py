"""Anki's three numbers: new (blue), learning (red) and due reviews (green)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

NEW = "#3b8eea"
LEARNING = "#e5484d"
DUE = "#30a46c"


def count_text(value: int, colour: str) -> Text:
    """One count in its colour; zero is dimmed, as in Anki."""
    return Text(str(value), style=colour if value else "dim")


class Counts(Static):
    """`12 + 3 + 40`, coloured; the queue of the card on screen is underlined."""

    DEFAULT_CSS = """
    Counts { width: auto; height: 1; }
    """

    def show(self, new: int, learning: int, due: int, current: int | None = None) -> None:
        """Show the counts; `current` (0, 1 or 2) underlines the queue being studied."""
        parts = [count_text(new, NEW), count_text(learning, LEARNING), count_text(due, DUE)]
        if current is not None:
            parts[current].stylize("underline")
        self.update(Text(" + ", style="dim").join(parts))
