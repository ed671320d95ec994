"""A law under or by which a thing was done (agents.py): 'The Harlow Trust was set up under the
Charities Act 2011' -> 'Under which act was the Harlow Trust set up?'; 'by the Judiciary Act of
1869' -> 'By which act ...?'; a body defined as set up under a law."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import agents
from quizlib.generate.text import clean
from tests.generate.helpers import article_document


def _questions(text: str) -> dict[str, str]:
    doc = article_document(text, "en")
    return {c.question: c.answer for c in agents.extract(doc) if c.question}


def test_a_body_set_up_under_an_act() -> None:
    text = "The Harlow Trust was set up under the Charities Act 2011."
    assert _questions(text) == {
        "Under which act was the Harlow Trust set up?": "Charities Act 2011"
    }


def test_a_deed_done_by_an_act_keeps_its_complement() -> None:
    text = "The number of Harlow Court judges was fixed at nine by the Courts Act of 1869."
    assert _questions(text) == {
        "By which act was the number of Harlow Court judges fixed at nine?": "Courts Act of 1869"
    }


def test_a_body_defined_as_set_up_under_an_act() -> None:
    text = "The Pension Rescue Fund (PRF) is a statutory body set up under the Pensions Act 2004."
    assert _questions(text) == {
        "Under which act was the Pension Rescue Fund set up?": "Pensions Act 2004"
    }


def test_a_pronoun_subject_is_not_asked() -> None:
    assert _questions("It was set up under the Charities Act 2011.") == {}


def test_an_italian_law_by_its_number() -> None:
    doc = build_document(
        clean(
            "Titolo di un articolo di prova qui\n\n"
            "Il Parco del Frignano è stato istituito dalla legge regionale 12 del 1995.\n"
        ),
        "it",
    )
    questions = {c.question: c.answer for c in agents.extract(doc) if c.question}
    assert questions == {
        "Con quale legge è stato istituito il Parco del Frignano?": "legge regionale 12 del 1995"
    }
