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


def verdict_text(grade: str, typed: str, diff: Sequence[tuple[str, str]]) -> Text:
    """`Exact`; `Close` with the difference; `Wrong` with what was typed (a character
    difference between two unrelated answers says nothing)."""
    label, style = GRADE_STYLES.get(grade.lower(), (grade.title(), "bold"))
    text = Text(label, style=style)
    if grade.lower() == "close":
        text.append("  ")
        text.append_text(diff_text(diff))
    elif grade.lower() == "wrong" and typed.strip():
        text.append("  you typed ", style="dim")
        text.append(typed.strip(), style="red")
    return text


def diff_text(diff: Sequence[tuple[str, str]]) -> Text:
    """Shared text plain, typed-only text struck out in red, missing text underlined in green."""
    text = Text()
    for op, segment in diff:
        text.append(segment, style=DIFF_STYLES.get(op, ""))
    return text
