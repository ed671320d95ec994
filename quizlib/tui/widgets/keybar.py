"""A one-line key bar: the keys that work now, redrawn in place.

Textual's Footer is a widget per key, rebuilt whenever the bindings change: a
review changes them twice a card, which cost more than a frame, and the deck
list's first frame took longer to draw. This draws the same keys as one line.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.style import Style
from textual.widgets import Static


class KeyBar(Static):
    """The screen's and the app's shown bindings whose action is enabled now."""

    COMPONENT_CLASSES = {"keybar--key", "keybar--description"}
    DEFAULT_CSS = """
    KeyBar { dock: bottom; height: 1; background: $footer-background; color: $footer-foreground; }
    KeyBar > .keybar--key { color: $footer-key-foreground; text-style: bold; }
    KeyBar > .keybar--description { color: $footer-description-foreground; }
    """

    def __init__(self) -> None:
        super().__init__()
        # The line drawn for each set of enabled bindings, for the current theme: a review
        # switches between two sets on every card.
        self._lines: dict[tuple[Binding, ...], Content] = {}
        self._shown: tuple[Binding, ...] | None = None

    def on_mount(self) -> None:
        # Drawn now and again with the colours of each new theme.
        self.watch(self.app, "theme", lambda _: self._restyle())

    def _restyle(self) -> None:
        self._lines.clear()
        self._shown = None
        self.show_keys(self.screen)

    def show_keys(self, screen: Screen) -> None:
        keys = tuple(
            binding
            for binding in [*screen.BINDINGS, *self.app.BINDINGS]
            if isinstance(binding, Binding)
            and binding.show
            and screen.check_action(binding.action.partition("(")[0], ())
        )
        if keys == self._shown:
            return
        self._shown = keys
        line = self._lines.get(keys)
        if line is None:
            line = self._lines[keys] = self._line(keys)
        # One line docked at the bottom: its size never changes, so no layout.
        self.update(line, layout=False)

    def _line(self, keys: tuple[Binding, ...]) -> Content:
        theme = self.app.ansi_theme
        key_style = Style.from_rich_style(self.get_component_rich_style("keybar--key"), theme)
        description_style = Style.from_rich_style(
            self.get_component_rich_style("keybar--description"), theme
        )
        parts: list[tuple[str, Style]] = []
        for binding in keys:
            parts.append((f" {self.app.get_key_display(binding)} ", key_style))
            parts.append((f"{binding.description} ", description_style))
        return Content.assemble(*parts)
