"""The JSON Schema of the deck format, shipped so editors can complete and check decks."""

from __future__ import annotations

from importlib.resources import files


def schema_text() -> str:
    """The JSON Schema (draft 2020-12) of deck format version 1."""
    return files("quizlib").joinpath("deck.schema.json").read_text(encoding="utf-8")
