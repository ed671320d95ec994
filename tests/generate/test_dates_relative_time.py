"""A word of time between a relative word and its verb ('che quest’anno si terrà', 'which
this year will open') is said with the verb in the question, not taken for the clause's
subject."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_this_year_between_the_relative_and_its_verb() -> None:
    qs = _questions(
        "La Pro Loco ha presentato la Festa della Castagna, che quest’anno si terrà il 12 ottobre.",
        "it",
    )
    assert qs == {"Quando si terrà quest’anno la Festa della Castagna?": "12 ottobre"}, qs
    qs = _questions(
        "The council unveiled the Harwick Food Fair, which this year will open on 12 October.",
        "en",
    )
    assert qs == {"When will the Harwick Food Fair open this year?": "12 October"}, qs


def test_next_year_between_the_relative_and_its_verb() -> None:
    qs = _questions(
        "Il Comune ha presentato il Palio dei Rioni, che l’anno prossimo si correrà il 2 luglio.",
        "it",
    )
    assert qs == {"Quando si correrà l’anno prossimo il Palio dei Rioni?": "2 luglio"}, qs
