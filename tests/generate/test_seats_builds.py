"""Where a thing is to be built or set up, said by its builder's future deed (seats.py): 'The
council will build a car park at Brampton' -> 'Where will the council build a car park?';
'Il Comune di Lucca realizzerà una rotatoria a Pontetetto' -> 'Dove realizzerà una rotatoria il
Comune di Lucca?'."""

from __future__ import annotations

from quizlib.generate.extract import seats
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in seats.extract(doc) if c.question}


def test_an_english_builder_and_its_site() -> None:
    text = "Cumbria County Council will build a car park at Brampton next year."
    assert _questions(text, "en") == {
        "Where will Cumbria County Council build a car park?": "Brampton"
    }
    would = "The Galway festival would add a third outdoor stage at Eyre Park next year."
    assert _questions(would, "en") == {
        "Where would the Galway festival add a third outdoor stage?": "Eyre Park"
    }


def test_an_italian_builder_and_its_site() -> None:
    text = "Il Comune di Lucca realizzerà una nuova rotatoria a Pontetetto entro giugno."
    assert _questions(text, "it") == {
        "Dove realizzerà una nuova rotatoria il Comune di Lucca?": "Pontetetto"
    }


def test_a_month_or_a_name_in_the_object_is_not_asked() -> None:
    assert _questions("Cumbria County Council will open a consultation in March.", "en") == {}
    named = "Cumbria County Council will open a Tesco store in Carlisle."
    assert _questions(named, "en") == {}


def test_an_opening_adjective_keeps_its_capital() -> None:
    text = "Dutch chipmaker Halvex will build a new factory in Dresden."
    assert _questions(text, "en") == {
        "Where will Dutch chipmaker Halvex build a new factory?": "Dresden"
    }
