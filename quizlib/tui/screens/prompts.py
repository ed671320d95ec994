"""Small modal prompts: ask for a file path, return it (or None when cancelled)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from quizlib.tui import bindings
from quizlib.tui.widgets.path_input import PathInput


class PathPrompt(ModalScreen[Path | None]):
    """A title, a path input (tab completes), OK and Cancel."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.MODAL
    DEFAULT_CSS = """
    PathPrompt { align: center middle; }
    PathPrompt > Vertical {
        width: 72; height: auto; padding: 1 2;
        border: thick $primary; background: $surface;
    }
    PathPrompt .title { text-style: bold; margin-bottom: 1; }
    PathPrompt #error { color: $error; height: auto; }
    PathPrompt Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    PathPrompt Button { margin-left: 2; }
    """

    def __init__(
        self,
        title: str,
        label: str,
        *,
        value: str = "",
        placeholder: str = "",
        must_exist: bool = False,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.label_text = label
        self.value = value
        self.placeholder = placeholder
        self.must_exist = must_exist

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, classes="title", markup=False)
            yield Label(self.label_text, markup=False)
            yield PathInput(self.value, placeholder=self.placeholder, id="path")
            yield Label("", id="error", markup=False)
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button("OK", id="ok", variant="primary")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._accept()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "ok":
            self._accept()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _accept(self) -> None:
        text = self.query_one("#path", Input).value.strip()
        error = self.query_one("#error", Label)
        if not text:
            error.update("Type a path.")
            return
        path = Path(text).expanduser()
        if self.must_exist and not path.is_file():
            error.update(f"There is no file {path}.")
            return
        self.dismiss(path)
