"""How a typed answer compares with the expected one: the grade and the coloured difference."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

GRADE_STYLES = {
    "exact": ("Exact", "bold green"),
    "close": ("Close", "bold yellow"),
    "wrong": ("Wrong", "bold red"),
}

# quizlib.srs.answer.Verdict.diff: ("equal" | "delete" | "insert", text), where "delete" is
# typed but not in the answer and "insert" is in the answer but was not typed.
DIFF_STYLES = {"equal": "", "delete": "red strike", "insert": "green underline"}


def grade_text(grade: str) -> Text:
    label, style = GRADE_STYLES.get(grade.lower(), (grade.title(), "bold"))
    return Text(label, style=style)


def diff_text(diff: Sequence[tuple[str, str]]) -> Text:
    """Shared text plain, typed-only text struck out in red, missing text underlined in green."""
    text = Text()
    for op, segment in diff:
        text.append(segment, style=DIFF_STYLES.get(op, ""))
    return text
