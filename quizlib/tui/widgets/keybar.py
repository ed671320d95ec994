"""A one-line key bar: the keys that work now, redrawn in place.

Textual's Footer is a widget per key, rebuilt whenever the bindings change: a
review changes them twice a card, which cost more than a frame, and the deck
list's first frame took longer to draw. This draws the same keys as one line.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static


class KeyBar(Static):
    """The screen's and the app's shown bindings whose action is enabled now."""

    COMPONENT_CLASSES = {"keybar--key", "keybar--description"}
    DEFAULT_CSS = """
    KeyBar { dock: bottom; height: 1; background: $footer-background; color: $footer-foreground; }
    KeyBar > .keybar--key { color: $footer-key-foreground; text-style: bold; }
    KeyBar > .keybar--description { color: $footer-description-foreground; }
    """

    def on_mount(self) -> None:
        # Drawn now and again with the colours of each new theme.
        self.watch(self.app, "theme", lambda _: self.show_keys(self.screen))

    def show_keys(self, screen: Screen) -> None:
        key_style = self.get_component_rich_style("keybar--key")
        description_style = self.get_component_rich_style("keybar--description")
        text = Text(no_wrap=True, overflow="ellipsis")
        for binding in [*screen.BINDINGS, *self.app.BINDINGS]:
            if not isinstance(binding, Binding) or not binding.show:
                continue
            action = binding.action.partition("(")[0]
            if not screen.check_action(action, ()):
                continue
            text.append(f" {self.app.get_key_display(binding)} ", style=key_style)
            text.append(f"{binding.description} ", style=description_style)
        self.update(text)
