"""Completion of file paths for an Input, like a shell's tab."""

from __future__ import annotations

import os
from pathlib import Path

from textual.binding import Binding
from textual.suggester import Suggester
from textual.widgets import Input


class PathSuggester(Suggester):
    """Suggests the first file or directory (alphabetically) that completes what was typed."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        prefix, stem = value[: value.rfind(os.sep) + 1], value[value.rfind(os.sep) + 1 :]
        directory = Path(prefix).expanduser() if prefix else Path(".")
        try:
            names = sorted(
                entry.name + (os.sep if entry.is_dir() else "")
                for entry in os.scandir(directory)
                if entry.name.startswith(stem) and not entry.name.startswith(".")
            )
        except OSError:
            return None
        return prefix + names[0] if names else None


class PathInput(Input):
    """An Input for a file path: completes as you type; tab (or →) takes the completion."""

    BINDINGS = [
        Binding("tab", "cursor_right", "Complete", show=False, id="path.complete"),
    ]

    def __init__(self, value: str = "", *, placeholder: str = "", id: str | None = None) -> None:
        super().__init__(value, placeholder=placeholder, suggester=PathSuggester(), id=id)
