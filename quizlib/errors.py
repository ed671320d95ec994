"""The one error family: every message is something a person can act on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class QuizlibError(Exception):
    """Base of every error quizlib raises for bad input or a failed operation."""


@dataclass(frozen=True)
class Problem:
    """One problem in a file, pointing at the offending place (1-based line and column)."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class DeckError(QuizlibError):
    """A deck file has one or more problems; all of them are listed."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class GenerateError(QuizlibError):
    """An article could not be read or turned into a deck."""


class StoreError(QuizlibError):
    """The progress database cannot be opened or written."""


class ConfigError(QuizlibError):
    """The settings file is invalid."""


class InteropError(QuizlibError):
    """An Anki package or text file cannot be written or read."""
