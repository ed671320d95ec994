"""An entry whose name is a thing's common noun is asked in small letters, as the text
writes it ('Who discovered cobalt?'); a place or a body keeps its capital."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import agents
from quizlib.generate.text import clean

EN = """A new mine opens in the hills of the north

The company will extract cobalt from a seam near the village, it said on Monday.

Cobalt

Cobalt is a hard, lustrous grey metal. It was isolated in 1735 by the Swedish chemist Georg \
Brandt and is now used mainly in batteries.

Hull

Hull is a port city in Yorkshire. It was founded by King Edward I in
1299.
"""

IT = """Una nuova campagna di vaccinazione nelle scuole della provincia

La campagna contro il morbillo partirà lunedì in tutte le scuole, ha detto l’assessore.

Vaiolo

Il vaiolo è una malattia infettiva. Fu eradicato grazie al vaccino scoperto da Edward Jenner. \
Il vaiolo fu descritto da Rhazes nel decimo secolo.
"""


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in agents.extract(doc) if c.question}


def test_an_english_common_noun_entry_is_asked_in_small_letters() -> None:
    questions = _questions(EN, "en")
    assert any("cobalt" in q and q.startswith("Who") for q in questions), questions
    assert not any("Cobalt" in q for q in questions), questions


def test_a_place_entry_keeps_its_capital() -> None:
    questions = _questions(EN, "en")
    assert any("Hull" in q for q in questions), questions


def test_an_italian_common_noun_entry_is_asked_in_small_letters() -> None:
    questions = _questions(IT, "it")
    assert any("vaiolo" in q for q in questions), questions
    assert not any("Vaiolo" in q for q in questions), questions
