"""The water a town looks out on ('affacciato sul mar Tirreno', 'overlooking the Firth of
Lorn') and what a river flows through ('flows through Glasgow')."""

from __future__ import annotations

import pytest

from quizlib.generate.extract import seats
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in seats.extract(doc) if c.question}


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        (
            "Portelba è un comune della provincia di Livorno, affacciato sul mar Ligure.",
            "Su quale mare si affaccia Portelba?",
            "Ligure",
        ),
        (
            "Varonna è una cittadina lombarda, affacciata sul lago di Como.",
            "Su quale lago si affaccia Varonna?",
            "Como",
        ),
        (
            "Castelmare si affaccia sul golfo di Policastro.",
            "Su quale golfo si affaccia Castelmare?",
            "Policastro",
        ),
    ],
)
def test_an_italian_town_faces_a_water(sentence: str, question: str, answer: str) -> None:
    assert _questions(sentence, "it").get(question) == answer


@pytest.mark.parametrize(
    "sentence",
    [
        # the participle is of the castle, not of the town
        "Portelba è un comune toscano, dove sorge il castello, affacciato sul mar Ligure.",
        # one of a list
        "Portelba è un comune della Calabria, affacciato sul mar Tirreno e Ionio.",
    ],
)
def test_an_italian_facing_of_something_else_is_left(sentence: str) -> None:
    assert not any("si affaccia" in q for q in _questions(sentence, "it"))


def test_an_english_town_overlooks_a_water() -> None:
    questions = _questions(
        "Kilmory is a fishing town in Argyll, overlooking the Sound of Jura.", "en"
    )
    assert questions.get("What does Kilmory overlook?") == "Sound of Jura"


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        (
            "The River Leven flows through Dumbarton into the Firth of Clyde.",
            "What does the River Leven flow through?",
            "Dumbarton",
        ),
        (
            "The Ouse rises near Sheriff Hutton and flows through York.",
            "What does the Ouse flow through?",
            "York",
        ),
    ],
)
def test_a_river_flows_through_a_town(sentence: str, question: str, answer: str) -> None:
    assert _questions(sentence, "en").get(question) == answer


def test_a_river_through_a_list_of_towns_is_left() -> None:
    questions = _questions("The Ouse flows through York, Selby and Goole.", "en")
    assert "What does the Ouse flow through?" not in questions


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        (
            "Torrevale è un comune della città metropolitana di Bari.",
            "In quale città metropolitana si trova Torrevale?",
            "Bari",
        ),
        (
            "Sant’Olmo è una frazione del comune di Varenna, in Lombardia.",
            "In quale comune si trova Sant’Olmo?",
            "Varenna",
        ),
    ],
)
def test_an_italian_place_lies_in_an_area(sentence: str, question: str, answer: str) -> None:
    assert _questions(sentence, "it").get(question) == answer


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        (
            "Lochgair is a fishing village within the Argyll and Bute council area of Scotland.",
            "In which council area is Lochgair?",
            "Argyll and Bute",
        ),
        (
            "Glenmore is a hamlet within the Cairngorms National Park.",
            "In which national park is Glenmore?",
            "Cairngorms National Park",
        ),
    ],
)
def test_an_english_place_lies_in_an_area(sentence: str, question: str, answer: str) -> None:
    assert _questions(sentence, "en").get(question) == answer


def test_an_area_after_another_verb_is_left() -> None:
    questions = _questions("Torrevale è un comune che confina con la provincia di Bari.", "it")
    assert not any(q.startswith("In quale provincia") for q in questions)


@pytest.mark.parametrize(
    ("sentence", "language", "question", "answer"),
    [
        (
            "Selby is a market town in North Yorkshire at the confluence of the rivers Ouse "
            "and Wharfe, with a population of 15,000.",
            "en",
            "At the confluence of which rivers is Selby?",
            "Ouse and Wharfe",
        ),
        (
            "Torrevale è un comune campano alla confluenza tra il Sele e il Tanagro.",
            "it",
            "Alla confluenza di quali fiumi si trova Torrevale?",
            "Sele e Tanagro",
        ),
    ],
)
def test_a_place_at_a_confluence(sentence: str, language: str, question: str, answer: str) -> None:
    assert _questions(sentence, language).get(question) == answer


def test_a_confluence_after_another_verb_is_left() -> None:
    sentence = "Selby is a town that grew at the confluence of the rivers Ouse and Wharfe."
    assert not any("confluence" in q for q in _questions(sentence, "en"))
