"""A participle set off after an Italian noun phrase with 'di' phrases dates the one noun it
agrees with ('il sedime della vecchia ferrovia, chiusa nel 1966' -> the railway; 'i lavori
del ponte, iniziati nel 2019' -> the works); none when two may agree."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean


def _questions(body: str) -> dict[str, str]:
    doc = build_document(clean(f"Titolo di un articolo di prova qui\n\n{body}\n"), "it")
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_participle_of_the_inner_noun() -> None:
    qs = _questions("La pista usa il sedime della vecchia tranvia di Lecco, chiusa nel 1958.")
    assert qs == {"In che anno fu chiusa la vecchia tranvia di Lecco?": "1958"}, qs


def test_participle_of_the_head_noun() -> None:
    qs = _questions("La Regione ha finanziato i lavori del porto di Lecco, iniziati nel 2019.")
    assert qs == {"In che anno furono iniziati i lavori del porto di Lecco?": "2019"}, qs


def test_two_nouns_that_agree_leave_a_cloze() -> None:
    assert not _questions(
        "Il Comune ha restaurato la sede della biblioteca di Lecco, aperta nel 1950."
    )
    assert not _questions(
        "Il Comune ha restaurato l’anfiteatro di piazza Garibaldi, riportata alla luce nel 1901."
    )
