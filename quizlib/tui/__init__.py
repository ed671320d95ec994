"""The terminal app. The only part of quizlib that imports textual."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def run(
    deck_paths: Sequence[Path] | None = None, *, study: bool = False, mode: str = "flip"
) -> int:
    """Run the app until the person quits; the exit code for the shell."""
    from quizlib.tui.app import make_app

    app = make_app(deck_paths, study=study, mode=mode)
    app.run()
    return app.return_code or 0
