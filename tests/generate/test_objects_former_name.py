"""The name a named thing had before, set off after it: 'X, formerly known as the Civic Hall,'
-> 'What was X formerly known as?'; 'X, già noto come Y,' -> 'Come si chiamava in precedenza
X?'."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import objects
from quizlib.generate.text import clean

TITLE = {"it": "Un titolo per la prova", "en": "A title for the test"}


def _asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{TITLE[language]}\n\n{text}"), language)
    return {c.question or "": c.answer for c in objects.extract(doc)}


@pytest.mark.parametrize(
    ("language", "text", "question", "answer"),
    [
        (
            "en",
            "Harbour Arena, formerly known as the Civic Hall, will reopen in May.",
            "What was Harbour Arena formerly known as?",
            "Civic Hall",
        ),
        (
            "en",
            "Tayside Rail, previously called Strathmore Trains, runs the line.",
            "What was Tayside Rail previously known as?",
            "Strathmore Trains",
        ),
        (
            "it",
            "Il Palazzetto Bianchi, già noto come Palasport Comunale, riaprirà a maggio.",
            "Come si chiamava in precedenza il Palazzetto Bianchi?",
            "Palasport Comunale",
        ),
    ],
)
def test_former_name(language: str, text: str, question: str, answer: str) -> None:
    assert _asked(text, language).get(question) == answer


def test_no_former_name_of_a_common_noun() -> None:
    asked = _asked("The charity, previously called Kids First, has 40 staff.", "en")
    assert not any("previously" in q for q in asked)
