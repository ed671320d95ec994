"""How a typed answer compares with the expected one: the grade and the coloured difference."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

GRADE_STYLES = {
    "exact": ("Exact", "bold green"),
    "close": ("Close", "bold yellow"),
    "wrong": ("Wrong", "bold red"),
}

# Difference segments: text both share, text only typed, text only expected.
_SAME = {"equal", "=", " ", "same"}
_TYPED = {"delete", "-", "extra", "typed"}


def grade_text(grade: str) -> Text:
    label, style = GRADE_STYLES.get(grade.lower(), (grade.title(), "bold"))
    return Text(label, style=style)


def diff_text(diff: Sequence[tuple[str, str]]) -> Text:
    """Shared text plain, typed-only text struck out in red, missing text underlined in green."""
    text = Text()
    for op, segment in diff:
        if op in _SAME:
            text.append(segment)
        elif op in _TYPED:
            text.append(segment, style="red strike")
        else:
            text.append(segment, style="green underline")
    return text
