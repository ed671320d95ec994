"""A name given between commas to the phrase that opens the sentence (nicknames.py): 'Il
progetto, chiamato GLACIO-BR, è costato ...' -> 'Con quale nome è stato chiamato il
progetto?'; a name in quotation marks ('battezzato “Darsena 2030”'); 'provisionally titled'; a
title that goes on past a colon is not cut."""

from __future__ import annotations

from quizlib.generate.extract import nicknames
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in nicknames.extract(doc) if c.question}


def test_the_opening_phrase_named_once() -> None:
    text = "Il progetto, chiamato GLACIO-BR, è costato 1,4 milioni di euro."
    assert _questions(text, "it") == {"Con quale nome è stato chiamato il progetto?": "GLACIO-BR"}
    en = "The pilot, called Reading First, was launched in 2024."
    assert _questions(en, "en") == {"What was the pilot called?": "Reading First"}


def test_a_quoted_name() -> None:
    text = "Il piano, battezzato “Porto 2030”, prevede investimenti per 75 milioni."
    assert _questions(text, "it") == {"Con quale nome è stato battezzato il piano?": "Porto 2030"}


def test_a_provisional_title_and_one_past_a_colon() -> None:
    text = "The sequel, provisionally titled Harrowfield Tides, is in development."
    assert _questions(text, "en") == {
        "What was the sequel provisionally titled?": "Harrowfield Tides"
    }
    colon = "The sequel, provisionally titled Harrowfield: Tides, is in development."
    assert _questions(colon, "en") == {}


def test_a_phrase_inside_the_sentence_named_once_is_not_asked() -> None:
    text = "Ieri la giunta ha approvato il progetto, chiamato GLACIO-BR, con sei voti."
    assert _questions(text, "it") == {}
