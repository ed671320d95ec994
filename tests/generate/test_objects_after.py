"""'After' that opens a clause is a time, not a namesake: 'renamed after the mayor resigned'."""

from __future__ import annotations

import pytest

from quizlib.generate.extract import objects
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in objects.extract(doc) if c.question}


@pytest.mark.parametrize(
    "sentence",
    [
        "Castle Square was renamed after the Irish president visited the town in May 1990.",
        "Park Lane Stadium was renamed after the Dutch owner sold the club to a bank in 2004.",
        "The ferry Northern Star was renamed after the Norwegian company had bought it in 1998.",
    ],
)
def test_after_a_clause_is_no_namesake(sentence: str) -> None:
    assert not any(q.endswith("after?") or "After whom" in q for q in _questions(sentence, "en"))


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        (
            "Clifton Bridge was named after Isambard Kingdom Brunel, its engineer.",
            "Isambard Kingdom Brunel",
        ),
        (
            "Heriot College was named after the Scottish engineer James Watt who built it.",
            "James Watt",
        ),
        (
            "Kingsway Theatre was named after the Roman goddess Minerva, patron of crafts.",
            "Minerva",
        ),
    ],
)
def test_a_namesake_is_still_asked(sentence: str, answer: str) -> None:
    assert answer in _questions(sentence, "en").values()
