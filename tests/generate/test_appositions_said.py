"""A reporting clause set off before a name is no apposition of it (appositions.py): 'the
agency says, the wider Kendal scheme' does not make 'Who is Save Kendal?' -> 'the agency
says'."""

from __future__ import annotations

from quizlib.generate.extract import appositions
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in appositions.extract(doc) if c.question}


def test_a_present_reporting_verb_ends_the_apposition() -> None:
    text = (
        "Their group, Save Kendal, gathered 4,300 signatures. Once complete, the agency says,"
        " the wider Kendal scheme will protect 2,250 homes."
    )
    assert "the agency says" not in _questions(text, "en").values()


def test_an_apposition_after_a_past_reporting_verb_still_counts() -> None:
    text = "“We will build it,” said the engineer, Ann Lee, on Monday."
    assert _questions(text, "en") == {"Who is Ann Lee?": "the engineer"}


def test_the_last_words_of_a_clause_before_its_speaker_describe_no_one() -> None:
    text = (
        "Trainer Ann Laidlaw was in tears. The win was the finest moment of her career, "
        "Laidlaw said."
    )
    assert "the finest moment of her career" not in _questions(text, "en").values()
    text = "Her coach, Ronan Whelan, said the sea was calm."
    assert _questions(text, "en").get("Who is Ronan Whelan?") == "her coach"
