"""Dates of a clause read past what the surface hides: a second clause after 'e'/'and' that
opens with a place or a pronoun, an adverb between a copula and its state ('è di nuovo
operativo'), a long name as the subject of a copula, and a body of people described by its
members ('a group of scientists and officials set up in 1973')."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_a_second_clause_opened_by_a_place_or_a_pronoun_is_left_out() -> None:
    assert _questions(
        "Il fiore fu classificato nel 1802 dal botanico Luigi Rossi e in Toscana si coglie "
        "in primavera.",
        "it",
    ) == {"Quando fu classificato il fiore dal botanico Luigi Rossi?": "1802"}
    assert _questions(
        "The orchid was classified in 1802 by the botanist Luigi Rossi and it is picked in spring.",
        "en",
    ) == {"When was the orchid classified by the botanist Luigi Rossi?": "1802"}
    assert _questions(
        "The orchid was classified in 1802 by the botanist Luigi Rossi and in Tuscany it is "
        "picked in spring.",
        "en",
    ) == {"When was the orchid classified by the botanist Luigi Rossi?": "1802"}


def test_an_adverb_before_the_state_of_a_copula() -> None:
    assert _questions("La funivia è di nuovo operativa dal 9 maggio.", "it") == {
        "Da quando è di nuovo operativa la funivia?": "9 maggio"
    }
    assert _questions("Gli ascensori sono di nuovo attivi da lunedì 4 marzo.", "it") == {
        "Da quando sono di nuovo attivi gli ascensori?": "4 marzo"
    }


def test_a_long_name_is_the_subject_of_a_predicate_noun() -> None:
    assert _questions(
        "La Riserva naturale di Monte Rufeno e Valle del Paglia è un’area protetta del Lazio "
        "istituita nel 1983.",
        "it",
    ) == {
        "In che anno fu istituita la Riserva naturale di Monte Rufeno e Valle del Paglia?": "1983"
    }
    assert _questions(
        "The Society for the Protection of Hedgehogs and Moles is a charity founded in 1962.", "en"
    ) == {"In what year was the Society for the Protection of Hedgehogs and Moles founded?": "1962"}


def test_a_body_described_by_its_members() -> None:
    assert _questions(
        "The survey was run by the Moorland Advisory Panel, a group of farmers, ecologists and "
        "council staff set up in 1988.",
        "en",
    ) == {"In what year was the Moorland Advisory Panel set up?": "1988"}
    assert _questions(
        "The survey was run by the Moorland Advisory Panel (MAP), a group of farmers and "
        "ecologists set up in 1988.",
        "en",
    ) == {"In what year was the Moorland Advisory Panel (MAP) set up?": "1988"}
    # Members with no body noun before them may be what the participle is of.
    assert (
        _questions(
            "The survey was run by the Moorland Trust, a charity of farmers, ecologists and "
            "council staff trained in 1988.",
            "en",
        )
        == {}
    )
