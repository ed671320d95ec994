"""Where a place takes its name from: a noun and the name it is of ('prende il nome dal
promontorio della Rocca'), and the English 'takes its name from'."""

from __future__ import annotations

import pytest

from quizlib.generate.extract import objects
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in objects.extract(doc) if c.question}


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        (
            "Sorvelo prende il nome dal colle della Madonna e fa parte della provincia.",
            "Da che cosa prende il nome Sorvelo?",
            "colle della Madonna",
        ),
        (
            "Montalto prende il nome dalla torre dei Malaspina.",
            "Da che cosa prende il nome Montalto?",
            "torre dei Malaspina",
        ),
    ],
)
def test_a_noun_of_a_name_is_the_namesake(sentence: str, question: str, answer: str) -> None:
    assert _questions(sentence, "it").get(question) == answer


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        (
            "Ashworth takes its name from the River Ash, which runs past the mill.",
            "What does Ashworth take its name from?",
            "River Ash",
        ),
        (
            "Kelbrook took its name from Kel Beck in the Middle Ages.",
            "What did Kelbrook take its name from?",
            "Kel Beck",
        ),
    ],
)
def test_an_english_place_takes_its_name_from(sentence: str, question: str, answer: str) -> None:
    assert _questions(sentence, "en").get(question) == answer


def test_a_lowercase_noun_of_nothing_named_is_no_namesake() -> None:
    questions = _questions("Sorvelo prende il nome dal colle della valle.", "it")
    assert "Da che cosa prende il nome Sorvelo?" not in questions


@pytest.mark.parametrize(
    ("sentence", "language", "question", "answer"),
    [
        (
            "Harlow Bridge was named after its designer, Walter Crane.",
            "en",
            "After whom was Harlow Bridge named?",
            "Walter Crane",
        ),
        (
            "Il teatro Olmo è intitolato al suo fondatore, Carlo Bassani.",
            "it",
            "A chi è intitolato il teatro Olmo?",
            "Carlo Bassani",
        ),
    ],
)
def test_a_name_beside_a_possessive_noun_is_the_namesake(
    sentence: str, language: str, question: str, answer: str
) -> None:
    assert _questions(sentence, language).get(question) == answer


def test_a_possessive_noun_without_a_name_is_no_namesake() -> None:
    questions = _questions("Harlow Bridge was named after its designer, who died in 1901.", "en")
    assert not any(q.startswith("After whom") for q in questions)
