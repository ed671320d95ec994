"""Every key of the app, generated from the bindings themselves."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from quizlib.tui import bindings


def binding_rows(
    keys: Iterable[Binding], key_display: Callable[[Binding], str]
) -> list[tuple[str, str, str]]:
    """(every key of it, what it does, its id) for each binding."""
    rows = []
    for binding in keys:
        shown = ", ".join(key_display(binding.with_key(key)) for key in binding.key.split(","))
        what = binding.tooltip or binding.description
        rows.append((shown, what, binding.id or ""))
    return rows


def _bindings(keys: Iterable[BindingType]) -> list[Binding]:
    """The Binding objects among BINDINGS (which may also hold plain (key, action) tuples)."""
    return [b for b in keys if isinstance(b, Binding)]


class HelpScreen(ModalScreen[None]):
    """A table per group of bindings; the screen it was opened on comes first."""

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close", key_display="esc")
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90; max-width: 100%; height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    HelpScreen .group { text-style: bold; color: $text-accent; margin-top: 1; }
    """

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under

    def groups(self) -> list[tuple[str, list[Binding]]]:
        """The screen's own keys first (also for a screen that bindings.GROUPS does not list)."""
        own = type(self.under).BINDINGS
        others = [(title, _bindings(keys)) for title, keys in bindings.GROUPS if keys is not own]
        if not own:
            return others
        title = next(
            (title for title, keys in bindings.GROUPS if keys is own),
            self.under.sub_title or type(self.under).__name__.removesuffix("Screen"),
        )
        return [(f"{title} (this screen)", _bindings(own)), *others]

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            for title, keys in self.groups():
                yield Static(title, classes="group", markup=False)
                table = Table(box=None, show_header=False, padding=(0, 2), expand=True)
                table.add_column(width=16, style="bold")
                table.add_column(ratio=1)
                table.add_column(style="dim")
                for row in binding_rows(keys, self.app.get_key_display):
                    table.add_row(*(Text(cell) for cell in row))
                yield Static(table)
            yield Static(Text("ctrl+p opens the command palette: actions and themes.", style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)
