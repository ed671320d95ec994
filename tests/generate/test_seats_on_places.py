"""Where a thing stands or will stand, said with 'su' (seats.py): 'Il nuovo capannone sorgerà
sulla Darsena Italia' -> 'Dove sorgerà il nuovo capannone ...?'."""

from __future__ import annotations

from quizlib.generate.extract import seats
from tests.generate.helpers import article_document


def _questions(text: str) -> dict[str, str]:
    doc = article_document(text, "it")
    return {c.question: c.answer for c in seats.extract(doc) if c.question}


def test_a_place_after_sulla_is_where_a_thing_will_stand() -> None:
    text = "Il nuovo capannone di Riva Yachts sorgerà sulla Darsena Europa entro il 2027."
    assert _questions(text) == {"Dove sorgerà il nuovo capannone di Riva Yachts?": "Darsena Europa"}


def test_a_place_after_sul_is_where_a_thing_stands() -> None:
    text = "Il rifugio Torino si trova sul Colle del Gigante."
    assert _questions(text) == {"Dove si trova il rifugio Torino?": "Colle del Gigante"}


def test_a_place_after_sull_is_where_an_event_is_held() -> None:
    text = "Il concerto di Capodanno si terrà sull’Isola Bella."
    assert _questions(text) == {"Dove si terrà il concerto di Capodanno?": "Isola Bella"}
