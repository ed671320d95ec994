"""Where a person lives, set off after the name: 'residente (da tempo) a', 'who lives in'."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import seats
from quizlib.generate.text import clean

TITLE = {"it": "Un titolo per la prova", "en": "A title for the test"}


def _asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{TITLE[language]}\n\n{text}"), language)
    return {c.question or "": c.answer for c in seats.extract(doc)}


@pytest.mark.parametrize(
    ("language", "text", "question", "answer"),
    [
        (
            "it",
            "La condanna più pesante è andata a Davide Neri, 52 anni, originario di Bari ma"
            " residente da tempo a Lodi.",
            "Dove risiede Davide Neri?",
            "Lodi",
        ),
        (
            "it",
            "Ha vinto la gara Anna Conti, residente a Cremona, davanti a duecento persone.",
            "Dove risiede Anna Conti?",
            "Cremona",
        ),
        (
            "en",
            "The prize went to Sam Hale, 40, who lives in Ripon.",
            "Where does Sam Hale live?",
            "Ripon",
        ),
    ],
)
def test_where_a_person_lives(language: str, text: str, question: str, answer: str) -> None:
    assert _asked(text, language).get(question) == answer
