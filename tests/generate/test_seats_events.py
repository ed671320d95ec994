"""Where a named event is or was held, said after its name (seats.py): 'won a medal at the
Winter Youth Olympic Games in Gangwon, South Korea' -> 'Where were the Winter Youth Olympic
Games held?'; the clause's tense decides the question's, and no tense, no question."""

from __future__ import annotations

from quizlib.generate.extract import seats
from tests.generate.helpers import article_document


def _questions(text: str) -> dict[str, str]:
    doc = article_document(text, "en")
    return {c.question: c.answer for c in seats.extract(doc) if c.question}


def test_a_past_event_with_its_region_and_year() -> None:
    text = "In 2022 she won a bronze medal at the European Youth Games in Kosice, Slovakia."
    assert _questions(text) == {
        "Where were the European Youth Games held in 2022?": "Kosice, Slovakia"
    }


def test_an_event_to_come() -> None:
    text = "Her rink will represent Wales at the World Mixed Curling Championship in Aberdeen."
    assert _questions(text) == {
        "Where will the World Mixed Curling Championship be held?": "Aberdeen"
    }


def test_a_singular_event_in_the_past_after_a_relative() -> None:
    text = "Reid, a coach who competed at the Commonwealth Cup in Perth, said it was earned."
    assert _questions(text) == {"Where was the Commonwealth Cup held?": "Perth"}


def test_no_tense_or_a_month_is_no_question() -> None:
    assert _questions("The city is the host of the Commonwealth Games in Glasgow.") == {}
    assert _questions("The band played at the Glastonbury Festival in June.") == {}
