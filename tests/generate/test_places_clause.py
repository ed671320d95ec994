"""Where a clause's deed happened, by the town after a preposition of place at the clause's
end: asked as the date of the clause is, with 'Where'/'Dove'; no question when the town is
another word's (a superlative's, a noun's after another preposition) or one of a list."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import places
from quizlib.generate.text import clean

TITLE = {"it": "Un titolo per la prova", "en": "A title for the test"}


def _asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{TITLE[language]}\n\n{text}"), language)
    return {c.question or "": c.answer for c in places.extract(doc)}


@pytest.mark.parametrize(
    ("language", "text", "question", "answer"),
    [
        (
            "en",
            "The ferry company opened a new office in Oban last year.",
            "Where did the ferry company open a new office last year?",
            "Oban",
        ),
        (
            "en",
            "A similar scheme was tried in Dundee in 2019, with mixed results.",
            "Where was a similar scheme tried in 2019?",
            "Dundee",
        ),
        (
            "en",
            "The regional ministers are due to meet in Cardiff from 4 to 6 May.",
            "Where are the regional ministers due to meet from 4 to 6 May?",
            "Cardiff",
        ),
        (
            "en",
            "The chain opened a northern store near Kendal on Monday.",
            "Where did the chain open a northern store on Monday?",
            "near Kendal",
        ),
        (
            "en",
            "Councillors approved the scheme at a meeting in Thirsk on Thursday.",
            "Where did councillors approve the scheme at a meeting on Thursday?",
            "Thirsk",
        ),
        (
            "it",
            "La giunta ha approvato il bilancio durante una seduta a Fano.",
            "Dove la giunta ha approvato il bilancio durante una seduta?",
            "Fano",
        ),
        (
            "it",
            "Il sorteggio dei gironi sarà effettuato lunedì a Salonicco.",
            "Dove sarà effettuato lunedì il sorteggio dei gironi?",
            "Salonicco",
        ),
        (
            "it",
            "Il vertice dei ministri si è svolto ieri a Trieste.",
            "Dove si è svolto ieri il vertice dei ministri?",
            "Trieste",
        ),
    ],
)
def test_place_of_a_clause(language: str, text: str, question: str, answer: str) -> None:
    assert _asked(text, language).get(question) == answer


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The lab will test the new sensors with partners in Portugal."),
        ("en", "The mill is one of the oldest working mills in Yorkshire."),
        ("en", "The branches that will close are in Alston, Brampton and Wigton."),
        ("en", "The results were published in English."),
        ("en", "Ms Okafor said the talks had gone well in March."),
        ("it", "Il Comune ha ceduto due magazzini a Fano e un terreno a Pesaro."),
        ("it", "La sua sede si trova a Bolzano."),
        ("it", "Il museo è il più visitato in Umbria."),
    ],
)
def test_no_place_of_another_word(language: str, text: str) -> None:
    assert _asked(text, language) == {}


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "The town’s new lifeboat was handed over at Tobermory.",
            "Where was the town’s new lifeboat handed over?",
            "Tobermory",
        ),
        (
            "The two wind turbines were switched on at Dunlin last spring.",
            "Where were the two wind turbines switched on last spring?",
            "Dunlin",
        ),
    ],
)
def test_a_particle_of_the_verb_before_the_place(text: str, question: str, answer: str) -> None:
    """An English verb's particle ('handed | over', 'switched | on') is no preposition that
    would make the place another word's."""
    assert _asked(text, "en") == {question: answer}


def test_no_particle_before_a_noun() -> None:
    """'on' followed by its noun is a preposition: the place is the noun's ('based on the
    Marsh hill | in Ashby')."""
    assert _asked("The research station is based on the Marsh hill in Ashby.", "en") == {}
