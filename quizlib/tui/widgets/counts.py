"""Anki's three numbers: new (blue), learning (red) and due reviews (green)."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
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

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: tuple[int, int, int, int | None] | None = None
        self._cells = 0

    def show(self, new: int, learning: int, due: int, current: int | None = None) -> None:
        """Show the counts; `current` (0, 1 or 2) underlines the queue being studied."""
        shown = (new, learning, due, current)
        if shown == self._shown:
            return
        parts: list[str | tuple[str, str]] = []
        for queue, (value, colour) in enumerate(((new, NEW), (learning, LEARNING), (due, DUE))):
            style = colour if value else "dim"
            if queue == current:
                style += " underline"
            if queue:
                parts.append((" + ", "dim"))
            parts.append((str(value), style))
        content = Content.assemble(*parts)
        # The width follows the text: a layout only when its length changes.
        self.update(content, layout=content.cell_length != self._cells)
        self._shown = shown
        self._cells = content.cell_length
