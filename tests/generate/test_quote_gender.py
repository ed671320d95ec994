"""A pronoun standing for a quotation's speaker agrees with the speaker's given name."""

from __future__ import annotations

from quizlib.generate.extract import quotes
from tests.generate.helpers import article_document


def _speakers(text: str) -> dict[str, str]:
    doc = article_document(text, "en")
    return {c.question or "": c.answer for c in quotes.extract(doc)}


def test_she_stands_for_a_woman_named_before_and_he_does_not() -> None:
    named = "Anna Neri chairs the housing committee of the county council. "
    quote = '"We will not wait another year for the new homes," {} said.'
    assert set(_speakers(named + quote.format("she")).values()) == {"Anna Neri"}
    assert _speakers(named + quote.format("he")) == {}


def test_a_given_name_of_either_gender_takes_either_pronoun() -> None:
    named = "Robin Marsh chairs the housing committee of the county council. "
    quote = '"We will not wait another year for the new homes," he said.'
    assert set(_speakers(named + quote).values()) == {"Robin Marsh"}
