"""Numbered answer choices, picked with a number key, the arrows and enter, or a click."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList


class ChoiceList(OptionList):
    """Posts `ChoiceList.Picked` once; then shows which choice was right."""

    DEFAULT_CSS = """
    ChoiceList { height: auto; max-height: 12; border: round $secondary; padding: 0 1; }
    """

    @dataclass
    class Picked(Message):
        index: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.choices: tuple[str, ...] = ()
        self.picked: int | None = None

    def set_choices(self, choices: Sequence[str]) -> None:
        self.choices = tuple(choices)
        self.picked = None
        self.set_options(Text(f"{n}. {choice}") for n, choice in enumerate(choices, 1))
        self.highlighted = 0 if choices else None

    def pick(self, index: int) -> None:
        """Pick a choice by position (0-based); ignored after the first pick."""
        if self.picked is None and 0 <= index < len(self.choices):
            self.picked = index
            self.post_message(self.Picked(index))

    def mark(self, correct: Sequence[int]) -> None:
        """Show the right choices in green and a wrong pick in red."""
        options = []
        for n, choice in enumerate(self.choices):
            text = Text(f"{n + 1}. {choice}")
            if n in correct:
                text.append("  ✓")
                text.stylize("bold green")
            elif n == self.picked:
                text.append("  ✗")
                text.stylize("bold red")
            else:
                text.stylize("dim")
            options.append(text)
        self.set_options(options)
        self.highlighted = self.picked

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.pick(event.option_index)
